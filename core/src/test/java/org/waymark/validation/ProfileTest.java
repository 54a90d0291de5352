package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void guidelinesHaveTheirOwnBounds() {
        assertThat(Profile.NG225.maxReviewMonths()).isEqualTo(12);
        assertThat(Profile.NG225.minSessions()).isEqualTo(4);
        assertThat(Profile.NG225.maxSessions()).isEqualTo(10);
        assertThat(Profile.CG133.minSessions()).isEqualTo(3);
        assertThat(Profile.CG133.maxSessions()).isEqualTo(12);
        assertThat(PlanValidator.standard().profile()).isEqualTo(Profile.NG225);
    }

    @Test
    void aProfileMayBeTightened() {
        Profile p = Profile.NG225.withMaxReviewMonths(6).withSessionRange(6, 8);

        assertThat(p.guideline()).isEqualTo(Guideline.NG225);
        assertThat(p.maxReviewMonths()).isEqualTo(6);
        assertThat(p.minSessions()).isEqualTo(6);
        assertThat(p.maxSessions()).isEqualTo(8);
        assertThat(Profile.NG225.withMaxSessions(8).withMinSessions(5)).isEqualTo(Profile.NG225.withSessionRange(5, 8));
        assertThat(p.withMaxReviewMonths(12).maxReviewMonths()).isEqualTo(12);
    }

    @Test
    void reviewLongerThanTwelveMonthsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withMaxReviewMonths(13))
                .withMessageContaining("maxReviewMonths").withMessageContaining("12");
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.CG133.withMaxReviewMonths(18));
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withMaxReviewMonths(0));
    }

    @Test
    void sessionsOutsideTheGuidelineRangeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withMaxSessions(11)).withMessageContaining("maxSessions");
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withMinSessions(3)).withMessageContaining("minSessions");
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.CG133.withSessionRange(2, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.CG133.withSessionRange(3, 13));
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withSessionRange(8, 6)).withMessageContaining("more than");
    }

    @Test
    void cg133AllowsWhatNg225DoesNot() {
        assertThat(Profile.CG133.withSessionRange(3, 12).maxSessions()).isEqualTo(12);
        assertThatIllegalArgumentException().isThrownBy(() -> Profile.NG225.withSessionRange(3, 12));
    }

    @Test
    void toStringShowsTheBounds() {
        assertThat(Profile.NG225.withMaxReviewMonths(6)).hasToString("NG225[review<=6 months, sessions 4-10]");
    }
}
