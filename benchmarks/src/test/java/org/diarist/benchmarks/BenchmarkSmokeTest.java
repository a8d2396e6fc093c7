package org.diarist.benchmarks;

import org.diarist.engine.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every benchmark JMH would run (read from the generated {@code META-INF/BenchmarkList}, so new ones are covered
 * without being listed here), run once directly: setup, one call of the benchmark method, teardown. No forks, no
 * warm-up, no timing: this checks that the benchmarks still compile against the engine and run, in seconds.
 * Each benchmark gets the first value of each {@code @Param}, or a smaller one from {@link #SMOKE_PARAMS}.
 */
class BenchmarkSmokeTest {

    /** Cheaper parameter values for a smoke run, by "SimpleClassName.field". */
    private static final Map<String, String> SMOKE_PARAMS = Map.of(
        "FbankBenchmark.segments", "2",
        "RegistryQueryBenchmark.voiceprints", "500",
        "RegistryIdentifyBenchmark.voiceprints", "200");

    @TestFactory
    List<DynamicTest> everyBenchmarkRunsOnce() throws Exception {
        List<BenchmarkListEntry> entries;
        try (InputStream list = getClass().getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertNotNull(list, "no " + BenchmarkList.BENCHMARK_LIST + ": the JMH annotation processor did not run");
            entries = BenchmarkList.readBenchmarkList(list);
        }
        TreeSet<String> names = new TreeSet<>();
        entries.forEach(entry -> names.add(entry.getUsername()));
        assertFalse(names.isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            tests.add(DynamicTest.dynamicTest(name, () -> runOnce(name)));
        }
        return tests;
    }

    private static void runOnce(String benchmark) throws Exception {
        int dot = benchmark.lastIndexOf('.');
        Class<?> type = Class.forName(benchmark.substring(0, dot));
        Method method = Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(benchmark.substring(dot + 1)) && m.isAnnotationPresent(Benchmark.class))
            .findFirst().orElseThrow();
        checkPrerequisites(type);
        Object state = newState(type);
        Object[] arguments = new Object[method.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = newState(method.getParameterTypes()[i]);
        }
        try {
            invoke(method, state, arguments);
        } finally {
            for (Object argument : arguments) {
                tearDown(argument);
            }
            tearDown(state);
        }
    }

    /** Skips benchmarks whose inputs are not on this machine (CI has no ../shared and maybe no ffmpeg). */
    private static void checkPrerequisites(Class<?> type) {
        if (type == SileroVadBenchmark.class) {
            SharedData.require("models/silero-vad/silero_vad.jit");
            SharedData.require("data/ami/sample.flac");
        }
        if (type == AudioDecodingBenchmark.class) {
            Assumptions.assumeTrue(onPath("ffmpeg"), "skipped: needs the ffmpeg command to make its inputs");
        }
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .anyMatch(dir -> new File(dir, command).canExecute());
    }

    /** A JMH state object with its parameters set and its setups run, trial level first. */
    private static Object newState(Class<?> type) throws Exception {
        Object state = type.getDeclaredConstructor().newInstance();
        for (Field field : type.getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null) {
                String value = SMOKE_PARAMS.getOrDefault(type.getSimpleName() + "." + field.getName(), param.value()[0]);
                field.set(state, convert(value, field.getType()));
            }
        }
        for (Method setup : byLevel(type, Setup.class)) {
            invoke(setup, state);
        }
        return state;
    }

    private static void tearDown(Object state) throws Exception {
        List<Method> tearDowns = byLevel(state.getClass(), TearDown.class);
        java.util.Collections.reverse(tearDowns);
        for (Method tearDown : tearDowns) {
            invoke(tearDown, state);
        }
    }

    private static List<Method> byLevel(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(m -> level(m, annotation)));
        return methods;
    }

    private static Level level(Method method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return annotation == Setup.class ? method.getAnnotation(Setup.class).value()
            : method.getAnnotation(TearDown.class).value();
    }

    private static Object convert(String value, Class<?> type) {
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == long.class) {
            return Long.parseLong(value);
        }
        if (type == double.class) {
            return Double.parseDouble(value);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(value);
        }
        if (type == String.class) {
            return value;
        }
        throw new IllegalArgumentException("unsupported @Param type " + type);
    }

    private static void invoke(Method method, Object target, Object... arguments) throws Exception {
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
