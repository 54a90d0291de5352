package org.waymark.validation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanPath;

/**
 * Visits every free-text component of a plan with its path, such as
 * {@code history.chainAnalyses[0].links[2].description}.
 * <p>
 * The walk is driven by the records' own components, so a text field added to the model is checked
 * without a change here. A component is free text when it is a {@code String} or a list of strings
 * and its name is not an id ({@code id}, {@code …Id}, {@code …Ids}). The shape of each record class
 * is worked out once and cached; a walk does no reflection lookups.
 */
final class TextWalker {

    /** A piece of free text and where it is. */
    record TextField(PlanPath path, String text) {
    }

    private enum Kind { TEXT, TEXTS, RECORD, RECORDS }

    private record Component(String name, Kind kind, MethodHandle getter) {
    }

    private static final String MODEL_PACKAGE = CarePlan.class.getPackageName();

    private static final ClassValue<Component[]> SHAPES = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private TextWalker() {
    }

    /**
     * Collects the free text of a plan in plan order.
     *
     * @param plan the plan, not null
     * @return the non-empty texts with their paths, not null
     */
    static List<TextField> texts(CarePlan plan) {
        List<TextField> out = new ArrayList<>(256);
        Component[] top = SHAPES.get(CarePlan.class);
        for (Component c : top) {
            visit(get(c, plan), c, null, out);
        }
        return out;
    }

    /**
     * Lists the free-text components the walker reads, as {@code SimpleName.component}, for tests
     * that make sure none is missed.
     */
    static List<String> textComponents() {
        List<String> out = new ArrayList<>();
        collect(CarePlan.class, out, new ArrayList<>());
        return out;
    }

    private static void collect(Class<?> type, List<String> out, List<Class<?>> seen) {
        if (seen.contains(type)) {
            return;
        }
        seen.add(type);
        for (Component c : SHAPES.get(type)) {
            switch (c.kind) {
                case TEXT, TEXTS -> out.add(type.getSimpleName() + "." + c.name);
                case RECORD, RECORDS -> collect(elementType(type, c.name), out, seen);
            }
        }
    }

    private static Class<?> elementType(Class<?> owner, String name) {
        for (RecordComponent rc : owner.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc.getType().isRecord() ? rc.getType() : listElement(rc.getGenericType());
            }
        }
        throw new IllegalStateException(owner + "." + name);
    }

    private static void visit(Object value, Component c, PlanPath parent, List<TextField> out) {
        if (value == null) {
            return;
        }
        PlanPath here = parent == null ? PlanPath.of(c.name) : parent.property(c.name);
        switch (c.kind) {
            case TEXT -> add(here, (String) value, out);
            case TEXTS -> {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    add(here.index(i), (String) list.get(i), out);
                }
            }
            case RECORD -> walk(value, here, out);
            case RECORDS -> {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), here.index(i), out);
                }
            }
        }
    }

    private static void walk(Object record, PlanPath here, List<TextField> out) {
        if (record == null) {
            return;
        }
        for (Component c : SHAPES.get(record.getClass())) {
            visit(get(c, record), c, here, out);
        }
    }

    private static void add(PlanPath path, String text, List<TextField> out) {
        if (text != null && !text.isEmpty()) {
            out.add(new TextField(path, text));
        }
    }

    private static Object get(Component c, Object owner) {
        try {
            return (Object) c.getter.invokeExact(owner);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Component[] shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            return new Component[0];
        }
        List<Component> list = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent rc : type.getRecordComponents()) {
            Kind kind = kindOf(rc);
            if (kind == null) {
                continue;
            }
            try {
                MethodHandle getter = lookup.unreflect(rc.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                list.add(new Component(rc.getName(), kind, getter));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + rc.getName(), e);
            }
        }
        return list.toArray(new Component[0]);
    }

    private static Kind kindOf(RecordComponent rc) {
        String name = rc.getName();
        boolean idLike = name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
        Class<?> type = rc.getType();
        if (type == String.class) {
            return idLike ? null : Kind.TEXT;
        }
        if (isModelRecord(type)) {
            return Kind.RECORD;
        }
        if (List.class.isAssignableFrom(type)) {
            Class<?> element = listElement(rc.getGenericType());
            if (element == String.class) {
                return idLike ? null : Kind.TEXTS;
            }
            if (element != null && isModelRecord(element)) {
                return Kind.RECORDS;
            }
        }
        return null;
    }

    private static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(MODEL_PACKAGE);
    }

    private static Class<?> listElement(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof Class<?> c) {
                return c;
            }
        }
        return null;
    }
}
