package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;
import static org.waymark.validation.Plans.young;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.CrisisPlan;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.TeamMember;

class RiskPlanRulesTest {

    private static CarePlan withCrisis(CarePlan plan, CrisisPlan crisis) {
        return plan.withRiskManagementPlan(plan.riskManagementPlan().withCrisisPlan(crisis));
    }

    private static CrisisPlan crisis(CarePlan plan, List<String> selfManagement, List<String> contactIds) {
        return new CrisisPlan(selfManagement, plan.riskManagementPlan().crisisPlan().whenToGetHelp(), contactIds);
    }

    @Nested
    @Covers("TEAM-ROLES")
    class TeamRoles {

        @Test
        void completeTeamIsClean() {
            Expect.clean(validate(adult()), "TEAM-ROLES");
        }

        @Test
        void memberWithoutRoleIsAnError() {
            CarePlan plan = adult().toBuilder().careTeam(adult().careTeam().withMembers(Plans.with(adult().careTeam().members(), 1,
                    m -> new TeamMember(m.id(), m.name(), null, m.organisation(), m.responsibilities(), m.contactId())))).build();

            Expect.exactly(validate(plan), "TEAM-ROLES ERROR careTeam.members[1].role");
        }

        @Test
        void memberWithoutResponsibilitiesIsAnError() {
            CarePlan plan = adult().toBuilder().careTeam(adult().careTeam().withMembers(Plans.with(adult().careTeam().members(), 1,
                    m -> new TeamMember(m.id(), m.name(), m.role(), m.organisation(), List.of(), m.contactId())))).build();

            Expect.exactly(validate(plan), "TEAM-ROLES ERROR careTeam.members[1].responsibilities");
        }

        @Test
        void noCoordinatorAndNoPersonResponsibilitiesAreErrors() {
            CarePlan plan = adult().toBuilder().careTeam(adult().careTeam().withCoordinatorId(null).withPersonResponsibilities(List.of())).build();

            Expect.exactly(validate(plan), "TEAM-ROLES ERROR careTeam.coordinatorId", "TEAM-ROLES ERROR careTeam.personResponsibilities");
        }

        @Test
        void coordinatorWithoutContactIsAnError() {
            CarePlan plan = adult().toBuilder().careTeam(adult().careTeam().withMembers(Plans.with(adult().careTeam().members(), 0,
                    m -> new TeamMember(m.id(), m.name(), m.role(), m.organisation(), m.responsibilities(), null)))).build();

            Expect.exactly(validate(plan), "TEAM-ROLES ERROR careTeam.members[0].contactId");
        }
    }

    @Nested
    @Covers("RISK-PLAN-PRESENT")
    class RiskPlanPresent {

        @Test
        void presentPlanIsClean() {
            Expect.clean(validate(adult()), "RISK-PLAN-PRESENT");
        }

        @Test
        void missingPlanIsOneErrorAndTheCoverageRulesStayQuiet() {
            Expect.exactly(validate(adult().withRiskManagementPlan(null)), "RISK-PLAN-PRESENT ERROR riskManagementPlan");
        }

        @Test
        void planWithoutEntriesIsAnError() {
            CarePlan plan = adult().withRiskManagementPlan(adult().riskManagementPlan().withEntries(List.of()));

            Expect.rule(validate(plan), "RISK-PLAN-PRESENT", "ERROR riskManagementPlan.entries");
        }
    }

    @Nested
    @Covers("RISK-PLAN-COVERS-RISKS")
    class CoversRisks {

        @Test
        void everyRiskAddressedIsClean() {
            Expect.clean(validate(adult()), "RISK-PLAN-COVERS-RISKS");
        }

        @Test
        void riskWithoutEntryIsAnError() {
            List<RiskManagementEntry> entries = Plans.with(adult().riskManagementPlan().entries(), 2,
                    e -> new RiskManagementEntry(e.id(), List.of(), e.factorIds(), e.actions(), e.ownerId(), e.timescale()));
            ValidationReport report = validate(adult().withRiskManagementPlan(adult().riskManagementPlan().withEntries(entries)));

            Expect.exactly(report, "RISK-PLAN-COVERS-RISKS ERROR riskFormulation.risks[2]");
            assertThat(report.findings().get(0).parameters()).containsEntry("riskId", "r-suicidal-thoughts").containsEntry("horizon", "longer-term");
        }
    }

    @Nested
    @Covers("RISK-PLAN-COVERS-FACTORS")
    class CoversFactors {

        @Test
        void everyRiskFactorAddressedIsClean() {
            Expect.clean(validate(adult()), "RISK-PLAN-COVERS-FACTORS");
        }

        @Test
        void factorWithoutEntryIsAWarning() {
            List<RiskManagementEntry> entries = Plans.with(adult().riskManagementPlan().entries(), 2,
                    e -> new RiskManagementEntry(e.id(), e.riskIds(), List.of(), e.actions(), e.ownerId(), e.timescale()));

            Expect.exactly(validate(adult().withRiskManagementPlan(adult().riskManagementPlan().withEntries(entries))),
                    "RISK-PLAN-COVERS-FACTORS WARNING riskFormulation.factors[1]");
        }

        @Test
        void protectiveFactorsNeedNoEntry() {
            assertThat(adult().riskFormulation().factors().get(3).id()).isEqualTo("f-sister");
            Expect.clean(validate(adult()), "RISK-PLAN-COVERS-FACTORS");
        }
    }

    @Nested
    @Covers("CRISIS-PLAN")
    class Crisis {

        @Test
        void completeCrisisPlansAreClean() {
            Expect.clean(validate(adult()), "CRISIS-PLAN");
            Expect.clean(validate(young()), "CRISIS-PLAN");
        }

        @Test
        void missingCrisisPlanIsAnError() {
            Expect.exactly(validate(withCrisis(adult(), null)), "CRISIS-PLAN ERROR riskManagementPlan.crisisPlan");
        }

        @Test
        void noSelfManagementIsAnError() {
            CarePlan plan = withCrisis(adult(), crisis(adult(), List.of(), adult().riskManagementPlan().crisisPlan().contactIds()));

            Expect.exactly(validate(plan), "CRISIS-PLAN ERROR riskManagementPlan.crisisPlan.selfManagement");
        }

        @Test
        void withoutTheEmergencyNumberIsAnError() {
            CarePlan plan = withCrisis(adult(), crisis(adult(), List.of("Cold water"), List.of("c-coord", "c-samaritans")));

            ValidationReport report = validate(plan);

            Expect.exactly(report, "CRISIS-PLAN ERROR riskManagementPlan.crisisPlan.contactIds");
            assertThat(report.findings().get(0).parameters()).containsEntry("country", "GB").containsEntry("number", "999");
        }

        @Test
        void without24x7RouteIsAnError() {
            CarePlan plan = withCrisis(adult(), crisis(adult(), List.of("Cold water"), List.of("c-coord")));

            assertThat(validate(plan).byRule("CRISIS-PLAN")).extracting(Finding::messageKey)
                    .containsExactlyInAnyOrder("CRISIS-PLAN.no24x7", "CRISIS-PLAN.noEmergencyNumber");
        }

        @Test
        void oneOneTwoIsAnEmergencyNumberInGreatBritain() {
            CarePlan plan = adult().toBuilder().contacts(Plans.with(adult().contacts(), 6, c -> c.withPhone("112"))).build();

            Expect.clean(validate(plan), "CRISIS-PLAN");
        }

        @Test
        void nineNineNineIsNotTheEmergencyNumberInTheUnitedStates() {
            int i = indexOf(young().contacts(), "c-911");
            CarePlan plan = young().toBuilder().contacts(Plans.with(young().contacts(), i, c -> c.withPhone("999"))).build();

            ValidationReport report = validate(plan);

            Expect.rule(report, "CRISIS-PLAN", "ERROR riskManagementPlan.crisisPlan.contactIds");
            assertThat(report.byRule("CRISIS-PLAN").get(0).parameters()).containsEntry("number", "911");
        }

        @Test
        void noCrisisPlanIsNotReportedWhenThereIsNoRiskManagementPlan() {
            Expect.clean(validate(adult().withRiskManagementPlan(null)), "CRISIS-PLAN");
        }
    }

    static int indexOf(List<Contact> contacts, String id) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
