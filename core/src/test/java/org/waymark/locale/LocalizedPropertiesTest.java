package org.waymark.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The one resource loader: the chain of files, strict UTF-8, one read per family and locale, clear errors. */
class LocalizedPropertiesTest {

    private static final String DIR = "/org/waymark/locale/";
    private static final Function<String, InputStream> OPENER = LocalizedPropertiesTest.class::getResourceAsStream;

    @Test
    void readsTheRootThenTheLanguageThenTheCountryTheMostSpecificWinning() {
        LocalizedProperties us = LocalizedProperties.load(DIR + "Layered", SupportedLocale.EN_US, OPENER);
        LocalizedProperties gb = LocalizedProperties.load(DIR + "Layered", SupportedLocale.EN_GB, OPENER);

        assertThat(us.text("colour")).isEqualTo("color");
        assertThat(gb.text("colour")).isEqualTo("colour");
        assertThat(us.text("greeting")).isEqualTo("Hello from en");
        assertThat(us.text("only.root")).isEqualTo("root");
        assertThat(us.keys()).containsExactly("colour", "greeting", "only.en", "only.root");
        assertThat(us.layers()).hasSize(3);
        assertThat(gb.layers()).hasSize(2).first().satisfies(root -> assertThat(root).containsEntry("colour", "colour"));
        assertThat(us.find("missing")).isEmpty();
        assertThat(us.locale()).isSameAs(SupportedLocale.EN_US);
        assertThat(us.family()).isEqualTo(DIR + "Layered");
        assertThat(LocalizedProperties.fileNames("/a/B", SupportedLocale.EN_US))
                .containsExactly("/a/B.properties", "/a/B_en.properties", "/a/B_en_US.properties");
    }

    @Test
    void readsEachFamilyOnceAndKeepsItUnmodifiable() {
        List<String> opened = new ArrayList<>();
        Function<String, InputStream> counting = name -> {
            opened.add(name);
            return OPENER.apply(name.replace("Counted", "Layered"));
        };
        LocalizedProperties first = LocalizedProperties.load(DIR + "Counted", SupportedLocale.EN_GB, counting);
        LocalizedProperties again = LocalizedProperties.load(DIR + "Counted", SupportedLocale.EN_GB, counting);

        assertThat(again).isSameAs(first);
        assertThat(opened).containsExactly(DIR + "Counted.properties", DIR + "Counted_en.properties", DIR + "Counted_en_GB.properties");
        assertThatThrownBy(() -> first.asMap().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.layers().get(0).put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheFamily() {
        LocalizedProperties gb = LocalizedProperties.load(DIR + "Layered", SupportedLocale.EN_GB, OPENER);

        assertThatThrownBy(() -> gb.text("no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no text for key 'no.such.key' in " + DIR + "Layered (en-GB)");
    }

    @Test
    void aMissingRootIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> LocalizedProperties.load(DIR + "NoRoot", SupportedLocale.EN_GB, OPENER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + "NoRoot.properties").hasMessageContaining("en-GB");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNotAReplacementCharacter() {
        assertThatThrownBy(() -> LocalizedProperties.load(DIR + "Latin1", SupportedLocale.EN_GB, OPENER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + "Latin1.properties").hasMessageContaining("UTF-8");
    }

    @Test
    void readsUtf8() {
        Function<String, InputStream> opener = name -> name.endsWith("Utf8.properties")
                ? new ByteArrayInputStream("name=Zoë Łukasz\n".getBytes(StandardCharsets.UTF_8)) : null;

        assertThat(LocalizedProperties.load(DIR + "Utf8", SupportedLocale.EN_US, opener).text("name")).isEqualTo("Zoë Łukasz");
    }

    @Test
    void aFamilyIsAnAbsoluteResourcePath() {
        assertThatThrownBy(() -> LocalizedProperties.load("org/waymark/locale/Layered", SupportedLocale.EN_GB, OPENER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedProperties.load(DIR + "Layered.properties", SupportedLocale.EN_GB, OPENER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedProperties.load(null, SupportedLocale.EN_GB, OPENER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LocalizedProperties.load(DIR + "Layered", null, OPENER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LocalizedProperties.load(DIR + "Layered", SupportedLocale.EN_GB, null)).isInstanceOf(NullPointerException.class);
    }
}
