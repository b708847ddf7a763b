package id.bpjstk.desasadar.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from {@code messages_id} / {@code messages_en}. Bahasa Indonesia is first in
 * the list, so it is the default for a browser that asks for neither.
 */
@Component
public class AppI18nProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> LOCALES = List.of(INDONESIAN, Locale.ENGLISH);
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        try {
            // Locale.ROOT fallback control: never fall back to the JVM's default locale.
            String pattern = ResourceBundle.getBundle(BUNDLE, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
