package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model's {@code @ConformsToGuidance} names no implementation; on the module path Hibernate
 * Validator must find it through {@code provides jakarta.validation.ConstraintValidator} in core's
 * module descriptor (the class-path view, through {@code META-INF/services}, is what
 * {@link BeanValidationTest} runs). This test boots core and Hibernate Validator as named modules in
 * a layer of their own and validates a plan with gaps there, as a modular host would.
 */
class ModulePathBeanValidationTest {

    private static final List<String> JARS = List.of("jakarta.validation-api", "hibernate-validator", "jboss-logging",
            "classmate", "jackson-core", "jackson-databind", "jackson-annotations");

    @Test
    void aModularHostsHibernateValidatorFindsTheGuidelineConstraintsImplementation() throws Exception {
        ModuleLayer layer = layer();
        ClassLoader loader = layer.findLoader("org.waymark.core");
        assertThat(layer.findModule("org.waymark.core")).hasValueSatisfying(m -> assertThat(m.isNamed()).isTrue());

        Class<?> examples = loader.loadClass("org.waymark.json.ExamplePlans");
        Object plan = examples.getMethod("load", String.class).invoke(null, "draft-with-gaps");
        Class<?> validation = loader.loadClass("jakarta.validation.Validation");
        Class<?> hibernate = loader.loadClass("org.hibernate.validator.HibernateValidator");
        Object configuration = validation.getMethod("byProvider", Class.class).invoke(null, hibernate);
        configuration = loader.loadClass("jakarta.validation.bootstrap.ProviderSpecificBootstrap").getMethod("configure").invoke(configuration);
        Object interpolator = loader.loadClass("org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator")
                .getConstructor().newInstance();
        Class<?> configurationType = loader.loadClass("jakarta.validation.Configuration");
        configuration = configurationType.getMethod("messageInterpolator", loader.loadClass("jakarta.validation.MessageInterpolator"))
                .invoke(configuration, interpolator);
        Object factory = configurationType.getMethod("buildValidatorFactory").invoke(configuration);
        Class<?> factoryType = loader.loadClass("jakarta.validation.ValidatorFactory");
        Object validator = factoryType.getMethod("getValidator").invoke(factory);
        Method validate = loader.loadClass("jakarta.validation.Validator").getMethod("validate", Object.class, Class[].class);
        Class<?> draft = loader.loadClass("org.waymark.model.DraftStage");

        Set<?> atFinal = (Set<?>) validate.invoke(validator, plan, new Class<?>[0]);
        Set<?> atDraft = (Set<?>) validate.invoke(validator, plan, new Class<?>[] {draft});
        factoryType.getMethod("close").invoke(factory);

        // The library's own validator, on the class path, says how many findings each stage has.
        PlanValidator library = PlanValidator.standard();
        org.waymark.model.CarePlan same = org.waymark.json.ExamplePlans.load("draft-with-gaps");
        assertThat(atFinal).hasSize(library.findingsWithoutDate(same, Stage.FINAL).size()).isNotEmpty();
        assertThat(atDraft).hasSize(library.findingsWithoutDate(same, Stage.DRAFT).size()).isNotEmpty();
        assertThat(atFinal.iterator().next().getClass().getModule().getName()).isEqualTo("org.hibernate.validator");
    }

    @Test
    void jsonIsReadAndWrittenOnTheModulePathWithoutTheModelOpenToAnyLibrary() throws Exception {
        ModuleLayer layer = layer();
        ClassLoader loader = layer.findLoader("org.waymark.core");
        Module core = layer.findModule("org.waymark.core").orElseThrow();
        assertThat(core.getDescriptor().opens()).noneMatch(o -> o.source().equals("org.waymark.model")
                && o.targets().contains("com.fasterxml.jackson.databind"));

        Class<?> examples = loader.loadClass("org.waymark.json.ExamplePlans");
        Class<?> json = loader.loadClass("org.waymark.json.PlanJson");
        Class<?> planType = loader.loadClass("org.waymark.model.CarePlan");
        String resource = (String) examples.getMethod("resource", String.class).invoke(null, "adult-outpatient-complete");
        String text;
        try (java.io.InputStream in = core.getResourceAsStream(resource.substring(1))) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Object plan = json.getMethod("read", String.class).invoke(null, text);
        String written = (String) json.getMethod("write", planType).invoke(null, plan);

        // The same bytes as the class-path writer gives, and the plan reads back.
        assertThat(written).isEqualTo(org.waymark.json.PlanJson.write(org.waymark.json.ExamplePlans.load("adult-outpatient-complete")));
        assertThat(json.getMethod("read", String.class).invoke(null, written)).isEqualTo(plan);
    }

    /** Core's compiled classes and the jars it needs at run time, from this test's class path. */
    private static ModuleLayer layer() {
        List<Path> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> (p.endsWith(Path.of("target", "classes")) && Files.exists(p.resolve("org/waymark/model/CarePlan.class")))
                        || JARS.stream().anyMatch(j -> p.getFileName().toString().startsWith(j + "-")))
                .toList();
        assertThat(entries).hasSize(JARS.size() + 1);
        ModuleFinder finder = ModuleFinder.of(entries.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.waymark.core", "org.hibernate.validator"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }
}
