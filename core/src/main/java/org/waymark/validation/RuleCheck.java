package org.waymark.validation;

import org.waymark.model.CarePlan;

/** The check of one rule: looks at a plan and reports what it finds. */
@FunctionalInterface
interface RuleCheck {

    /**
     * Checks a plan.
     *
     * @param plan the plan, not null
     * @param ev   what the evaluation knows (profile, date, cached lookups), not null
     * @param out  where to report, bound to the rule, not null
     */
    void check(CarePlan plan, Evaluation ev, Emitter out);
}
