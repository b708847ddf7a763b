package id.bpjstk.desasadar.base.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equal layer texts built for different users are kept once (issue 14, item 6: heap per signed-in user). */
class SharedTextTest {

    @Test
    void equalTextsBuiltSeparatelyAreKeptOnce() {
        // a text no other test's map holds (an equal one held elsewhere would be the copy kept)
        String features = "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + java.util.UUID.randomUUID() + "\"}}";
        String first = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[").append(features).append("]}").toString();
        String second = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[").append(features).append("]}").toString();
        assertThat(second).isNotSameAs(first);

        String kept = SharedText.of(first);
        assertThat(SharedText.of(second)).isSameAs(kept).isSameAs(first);
    }

    @Test
    void differentTextsStayApart() {
        String a = SharedText.of(new StringBuilder("{\"a\":").append(1).append('}').toString());
        String b = SharedText.of(new StringBuilder("{\"a\":").append(2).append('}').toString());
        assertThat(a).isNotEqualTo(b);
    }
}
