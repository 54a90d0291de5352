package org.waymark.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.GpSharing;
import org.waymark.model.InformationGiven;
import org.waymark.model.InformationTopic;
import org.waymark.model.PlanPath;
import org.waymark.model.Sharing;

/** The checks on contacts, sharing, consent and information. */
final class SharingChecks {

    private static final PlanPath SHARING = PlanPath.of("sharing");
    private static final List<InformationTopic> REQUIRED_TOPICS =
            List.of(InformationTopic.CARE_PLAN, InformationTopic.SAFETY_PLAN, InformationTopic.EMERGENCY);

    private SharingChecks() {
    }

    /**
     * CONTACT-REACHABLE. The model already requires a name; here each number must fit its country
     * (the contact's, else the person's locale's), and a contact needs a number or an address.
     */
    static void contactReachable(CarePlan plan, Evaluation ev, Emitter out) {
        List<Contact> contacts = plan.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String country = ev.countryOf(c);
            PlanPath at = PlanPath.of("contacts").index(i);
            if (c.phone() != null && !Phones.isPhone(c.phone(), country)) {
                out.report(at.property("phone"), "invalidPhone", Param.CONTACT_ID.of(c.id()), Param.COUNTRY.of(country));
            }
            if (c.sms() != null && !Phones.isSms(c.sms(), country)) {
                out.report(at.property("sms"), "invalidSms", Param.CONTACT_ID.of(c.id()), Param.COUNTRY.of(country));
            }
            if (c.phone() == null && c.sms() == null && (c.address() == null || c.address().isBlank())) {
                out.report(at, "noRoute", Param.CONTACT_ID.of(c.id()));
            }
        }
    }

    /** SHARED-WITH-GP. */
    static void sharedWithGp(CarePlan plan, Evaluation ev, Emitter out) {
        GpSharing gp = plan.sharing().gp();
        if (gp == null || (gp.sharedOn() == null && gp.notSharedReason() == null)) {
            out.report(SHARING.property("gp"), "notRecorded");
        }
    }

    /** CONFIDENTIALITY-EXPLAINED: explained, on or before the earliest date anything was shared or consented to. */
    static void confidentiality(CarePlan plan, Evaluation ev, Emitter out) {
        Sharing s = plan.sharing();
        PlanPath at = SHARING.property("confidentialityExplainedOn");
        LocalDate explained = s.confidentialityExplainedOn();
        if (explained == null) {
            out.report(at, "notExplained");
            return;
        }
        LocalDate earliest = s.gp() == null ? null : s.gp().sharedOn();
        for (FamilyInvolvement f : s.family()) {
            earliest = min(earliest, f.since());
            earliest = min(earliest, f.consent() == null ? null : f.consent().recordedOn());
        }
        if (earliest != null && explained.isAfter(earliest)) {
            out.report(at, "afterSharing", Param.EXPLAINED_ON.of(explained), Param.SHARED_ON.of(earliest));
        }
    }

    /** FAMILY-CONSENT. */
    static void familyConsent(CarePlan plan, Evaluation ev, Emitter out) {
        List<FamilyInvolvement> family = plan.sharing().family();
        for (int i = 0; i < family.size(); i++) {
            FamilyInvolvement f = family.get(i);
            if (f.exceptionReason() != null) {
                continue;
            }
            PlanPath at = SHARING.property("family").index(i);
            if (f.consent() == null) {
                out.report(at.property("consent"), "noConsent", Param.CONTACT_ID.of(f.contactId()), Param.KIND.of(f.kind()));
            } else if (!f.consent().given()) {
                out.report(at.property("consent").property("given"), "refused", Param.CONTACT_ID.of(f.contactId()), Param.KIND.of(f.kind()));
            } else if (f.since() != null && f.consent().recordedOn().isAfter(f.since())) {
                out.report(at.property("since"), "beforeConsent", Param.CONTACT_ID.of(f.contactId()),
                        Param.SINCE.of(f.since()), Param.RECORDED_ON.of(f.consent().recordedOn()));
            }
        }
    }

    /** INFORMATION-GIVEN. */
    static void informationGiven(CarePlan plan, Evaluation ev, Emitter out) {
        Set<InformationTopic> given = EnumSet.noneOf(InformationTopic.class);
        for (InformationGiven g : plan.sharing().information()) {
            given.add(g.topic());
        }
        for (InformationTopic topic : REQUIRED_TOPICS) {
            if (!given.contains(topic)) {
                out.report(SHARING.property("information"), "missingTopic", Param.TOPIC.of(topic));
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
