package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.json.ExamplePlans;

/**
 * Plausible people: a date of birth lies on or before the plan's start, at most 130 years before
 * it, and agrees with the age band when both are given. The plan's start date is the model's only
 * "today", so the checks are made there.
 */
class DateOfBirthTest {

    static final CarePlan PLAN = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
    static final LocalDate START = PLAN.startDate();

    static CarePlan bornOn(LocalDate born, AgeBand band) {
        Person p = PLAN.person();
        return PLAN.withPerson(new Person(p.id(), p.preferredName(), born, band, p.locale(), p.pronouns(), p.hasDependentChildren()));
    }

    @Test
    void aDateOfBirthAfterTheStartIsRefused() {
        assertThatThrownBy(() -> bornOn(START.plusDays(1), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person.dateOfBirth: after the plan's start date");
        assertThat(bornOn(START, null).person().ageOn(START)).hasValue(0);
    }

    @Test
    void aDateOfBirthMoreThan130YearsBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> bornOn(START.minusYears(130).minusDays(1), null))
                .hasMessage("person.dateOfBirth: more than 130 years before the plan's start date");
        assertThatThrownBy(() -> bornOn(LocalDate.of(0, 1, 1), null)).hasMessageStartingWith("person.dateOfBirth: more than 130");
        assertThat(bornOn(START.minusYears(130), null).person().ageOn(START)).hasValue(130);
    }

    @ParameterizedTest
    @CsvSource({"0, under-18", "17, under-18", "18, 18-64", "64, 18-64", "65, 65-plus", "130, 65-plus"})
    void anAgeBandMustAgreeWithTheAgeAtTheStart(int age, String band) {
        LocalDate born = START.minusYears(age);
        for (AgeBand b : AgeBand.values()) {
            if (b.code().equals(band)) {
                assertThat(bornOn(born, b).person().ageBand()).isEqualTo(b);
            } else {
                assertThatThrownBy(() -> bornOn(born, b)).hasMessage("person.ageBand: does not match the date of birth"
                        + " (the age band at the plan's start is " + band + ")");
            }
        }
    }

    @Test
    void theBandOfAnAge() {
        assertThat(AgeBand.forAge(17)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.forAge(18)).isEqualTo(AgeBand.ADULT);
        assertThat(AgeBand.forAge(65)).isEqualTo(AgeBand.OLDER_ADULT);
        assertThatThrownBy(() -> AgeBand.forAge(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
