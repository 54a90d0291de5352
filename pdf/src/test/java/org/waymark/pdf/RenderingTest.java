package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.waymark.pdf.internal.layout.PageSize;
import org.waymark.pdf.internal.layout.RenderSettings;

/** Public options become the layout code's settings whole, in one place. */
class RenderingTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00.750Z");

    @Test
    void everyOptionReachesTheSettings() {
        Logo logo = Logo.of(LogoTest.pngWithAlpha());
        PdfOptions options = PdfOptions.of(Paper.A5, CREATED).withTitle("Plan of Z").withUserPassword("secret")
                .withFonts(FontSet.standard()).withCardLayout(CardLayout.A4_FOLD).withNationalCrisisLines(false)
                .withServiceName("Northgate CMHT").withLogo(logo);

        RenderSettings settings = Rendering.settings(options);

        assertThat(settings.pageSize()).isEqualTo(PageSize.A5);
        assertThat(settings.created()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(settings.title()).isEqualTo("Plan of Z");
        assertThat(settings.userPassword()).isEqualTo("secret");
        assertThat(settings.isEncrypted()).isTrue();
        assertThat(settings.fonts()).isSameAs(FontSet.standard().families());
        assertThat(settings.foldedCard()).isTrue();
        assertThat(settings.nationalCrisisLines()).isFalse();
        assertThat(settings.serviceName()).isEqualTo("Northgate CMHT");
        assertThat(settings.logo()).isSameAs(logo.image());
        assertThat(settings.toString()).doesNotContain("Plan of Z").doesNotContain("secret")
                .doesNotContain("Northgate");
    }

    @Test
    void plainOptionsAreThePlainSettings() {
        for (Paper paper : Paper.values()) {
            assertThat(Rendering.settings(PdfOptions.of(paper, CREATED)))
                    .isEqualTo(RenderSettings.of(PageSize.valueOf(paper.name()), CREATED.plusMillis(-750)));
            assertThat(paper.size().width()).isEqualTo(paper.width());
            assertThat(paper.size().height()).isEqualTo(paper.height());
        }
    }
}
