package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("about")
@PermitAll
class AboutView extends VerticalLayout implements HasDynamicTitle {

    AboutView() {
        add(new H2(getTranslation("about.title")),
                new Paragraph(getTranslation("about.product")),
                new Paragraph(getTranslation("about.data")),
                new Attribution());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title");
    }
}
