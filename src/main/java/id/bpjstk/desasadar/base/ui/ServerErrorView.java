package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bpjstk.desasadar.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that cannot be opened because the database cannot be reached says so in the user's language, with "503
 * Service Unavailable", instead of Vaadin's error page with the exception (issue 13, item 13); reloading it once the
 * server is back shows the page. Any other failure gets Vaadin's own error page, as before.
 */
@AnonymousAllowed
class ServerErrorView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseOutage.causedBy(parameter.getCaughtException())) {
            return super.setErrorParameter(event, parameter);
        }
        log.warn("Page {} could not be opened because the database cannot be reached: {}", event.getLocation().getPath(),
                DatabaseOutage.describe(parameter.getCaughtException()));
        Element page = getElement();
        page.removeAllChildren();
        page.setText("");
        page.getClassList().add("database-unreachable");
        page.appendChild(ElementFactory.createHeading2(getTranslation("error.database-unreachable.title")),
                ElementFactory.createParagraph(getTranslation(DatabaseOutageNotice.MESSAGE_KEY)));
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }
}
