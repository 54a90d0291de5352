package org.waymark.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * The history and functional assessment of self-harm: methods, what self-harm does for the person,
 * triggers, context, recorded episodes and chain analyses.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param methods                the methods, with frequency, recency and severity; never null
 * @param functions              the functions self-harm serves; never null
 * @param triggers               triggers and antecedents, in words; never null
 * @param context                the wider context, may be null
 * @param frequentSelfHarm       whether self-harm is currently frequent, as the clinician judges it with the
 *                               person; null when not assessed (used by DBT-A-CONSIDERED)
 * @param emotionalDysregulation whether marked emotional dysregulation is present; null when not assessed
 * @param episodes               recorded episodes; never null
 * @param chainAnalyses          chain analyses; never null
 */
public record SelfHarmHistory(
        List<@Valid MethodRecord> methods,
        List<@Valid FunctionRecord> functions,
        List<String> triggers,
        String context,
        Boolean frequentSelfHarm,
        Boolean emotionalDysregulation,
        List<@Valid Episode> episodes,
        List<@Valid ChainAnalysis> chainAnalyses) {

    /** An empty history, for a plan not yet assessed. */
    public static final SelfHarmHistory EMPTY = new SelfHarmHistory(null, null, null, null, null, null, null, null);

    /**
     * Checks the components.
     *
     * @param methods                the methods, with frequency, recency and severity; never null
     * @param functions              the functions self-harm serves; never null
     * @param triggers               triggers and antecedents, in words; never null
     * @param context                the wider context, may be null
     * @param frequentSelfHarm       whether self-harm is currently frequent, as the clinician judges it with the
     *                               person; null when not assessed (used by DBT-A-CONSIDERED)
     * @param emotionalDysregulation whether marked emotional dysregulation is present; null when not assessed
     * @param episodes               recorded episodes; never null
     * @param chainAnalyses          chain analyses; never null
     */
    public SelfHarmHistory {
        methods = Checks.list(methods, "methods");
        functions = Checks.list(functions, "functions");
        triggers = Checks.texts(triggers, "triggers");
        Checks.text(context, "context");
        episodes = Checks.list(episodes, "episodes");
        chainAnalyses = Checks.list(chainAnalyses, "chainAnalyses");
    }

    /**
     * Returns a copy with another list of episodes.
     *
     * @param list the episodes
     * @return the copy, not null; this object is unchanged
     */
    public SelfHarmHistory withEpisodes(List<Episode> list) {
        return new SelfHarmHistory(methods, functions, triggers, context, frequentSelfHarm, emotionalDysregulation, list, chainAnalyses);
    }

    /**
     * Returns a copy with another list of methods.
     *
     * @param list the methods
     * @return the copy, not null; this object is unchanged
     */
    public SelfHarmHistory withMethods(List<MethodRecord> list) {
        return new SelfHarmHistory(list, functions, triggers, context, frequentSelfHarm, emotionalDysregulation, episodes, chainAnalyses);
    }

    /**
     * Returns a copy with other answers on frequency and emotional dysregulation.
     *
     * @param frequent      whether self-harm is currently frequent, as the clinician judges it with the person; null when not assessed
     * @param dysregulation whether marked emotional dysregulation is present; null when not assessed
     * @return the copy, not null; this object is unchanged
     */
    public SelfHarmHistory withPresentation(Boolean frequent, Boolean dysregulation) {
        return new SelfHarmHistory(methods, functions, triggers, context, frequent, dysregulation, episodes, chainAnalyses);
    }

    /**
     * Returns a copy with another list of chain analyses.
     *
     * @param list the chain analyses
     * @return the copy, not null; this object is unchanged
     */
    public SelfHarmHistory withChainAnalyses(List<ChainAnalysis> list) {
        return new SelfHarmHistory(methods, functions, triggers, context, frequentSelfHarm, emotionalDysregulation, episodes, list);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
