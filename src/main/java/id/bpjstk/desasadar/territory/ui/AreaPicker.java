package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import id.bpjstk.desasadar.territory.AreaChoice;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A searchable picker of areas of some levels in the user's scope: type part of a name or a code. Reused by every
 * form that asks for a village, district or regency; the list is fetched page by page, never all 83,762 villages.
 * <p>Declared in territory's named interface {@code ui}: other features' forms use it (docs/architecture.md).
 */
@NamedInterface("ui")
public class AreaPicker extends ComboBox<AreaChoice> {

    /** A picker shows the best matches; whoever needs more types more. */
    private static final int MATCHES = 50;

    private final AreaService areas;

    public AreaPicker(String label, AreaService areas, Set<AreaLevel> levels) {
        super(label);
        this.areas = areas;
        addClassName("area-picker");
        setItemLabelGenerator(AreaChoice::label);
        setItems(query -> areas.search(query.getFilter().orElse(""), levels, MATCHES).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        setPlaceholder(getTranslation("area.picker.placeholder"));
        setClearButtonVisible(true);
    }

    /** Shows the area with this code as chosen (nothing when the code is unknown or out of scope). */
    public void setCode(String code) {
        setValue(code == null ? null : areas.choice(code).orElse(null));
    }

    public String getCode() {
        return getValue() == null ? null : getValue().code();
    }
}
