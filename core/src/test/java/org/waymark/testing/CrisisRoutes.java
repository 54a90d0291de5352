package org.waymark.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;

/**
 * The crisis routes a plan records, worked out from the model independently of the renderers: the
 * crisis plan's contacts, the safety plan's step 5, and every crisis line, emergency contact and
 * service or professional open at any hour. The tests of the documents (pdf) and of many synthetic plans
 * (examples) check that every one of these numbers reaches the person.
 */
public final class CrisisRoutes {

    private CrisisRoutes() {
    }

    /** The crisis routes of a plan. */
    public static List<Contact> routes(CarePlan plan) {
        Set<String> ids = new LinkedHashSet<>();
        if (plan.riskManagementPlan() != null && plan.riskManagementPlan().crisisPlan() != null) {
            ids.addAll(plan.riskManagementPlan().crisisPlan().contactIds());
        }
        if (plan.safetyPlan() != null) {
            ids.addAll(plan.safetyPlan().professionalContactIds());
        }
        for (Contact c : plan.contacts()) {
            if (isCrisisRoute(c)) {
                ids.add(c.id());
            }
        }
        List<Contact> routes = new ArrayList<>();
        for (String id : ids) {
            plan.contact(id).ifPresent(routes::add);
        }
        return routes;
    }

    /** Every phone and text number of the plan's crisis routes. */
    public static Set<String> numbers(CarePlan plan) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Contact c : routes(plan)) {
            if (c.phone() != null) {
                numbers.add(c.phone());
            }
            if (c.sms() != null) {
                numbers.add(c.sms());
            }
        }
        return numbers;
    }

    /**
     * The crisis numbers missing from extracted text. Whitespace is ignored on both sides, since
     * text extraction may break a line inside a number that was set as one.
     */
    public static List<String> missing(CarePlan plan, String text) {
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        for (String n : numbers(plan)) {
            if (!flat.contains(n.replace('\u00a0', ' ').replaceAll("\\s+", ""))) {
                missing.add(n);
            }
        }
        return missing;
    }

    /**
     * Whether a contact is a crisis route by its kind: a crisis line, an emergency number, or a service or
     * professional open at any hour.
     */
    public static boolean isCrisisRoute(Contact c) {
        return c.kind() == ContactKind.CRISIS_LINE || c.kind() == ContactKind.EMERGENCY
                || (c.kind() != ContactKind.PERSONAL && c.available24x7());
    }

    /** Whether the plan records a crisis line or 24-hour service with a number (not only the emergency number). */
    public static boolean recordsCrisisLine(CarePlan plan) {
        for (Contact c : plan.contacts()) {
            if (c.kind() != ContactKind.EMERGENCY && c.kind() != ContactKind.PERSONAL && isCrisisRoute(c)
                    && (c.phone() != null || c.sms() != null)) {
                return true;
            }
        }
        return false;
    }
}
