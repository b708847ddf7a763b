package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.html.Span;

/** The data attribution the licences ask for, shown wherever areas are displayed or imported. */
public class Attribution extends Span {
    public Attribution() {
        setText(getTranslation("app.attribution"));
        addClassName("attribution");
    }
}
