package org.diarist.engine.torch;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.DeviceOptional;
import org.bytedeco.pytorch.IValue;
import org.bytedeco.pytorch.IValueVector;
import org.bytedeco.pytorch.InferenceMode;
import org.bytedeco.pytorch.JitModule;
import org.bytedeco.pytorch.MethodOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.TupleElements;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A TorchScript archive ({@code .pt}, {@code .jit}) loaded onto a device, in eval mode, whose methods run under
 * libtorch's inference mode (no autograd bookkeeping). Each call runs in its own {@link PointerScope}: the
 * arguments' wrappers and every temporary die with the call; the returned tensors belong to the caller's scope (or
 * to the caller when there is none). The weights belong to this object: close it to free them. Closing twice is
 * harmless; a call after close throws {@link IllegalStateException}.
 *
 * <p>Not safe for concurrent calls when the script keeps state between calls (Silero VAD does).
 */
public final class TorchScriptModule implements AutoCloseable {

    private static final Pattern PYTHON_EXCEPTION = Pattern.compile("(builtins\\.)?[A-Za-z]*(Error|Exception): ");

    private final Path file;
    private final ComputeDevice device;
    private final JitModule module;
    private boolean closed;

    private TorchScriptModule(Path file, ComputeDevice device, JitModule module) {
        this.file = file;
        this.device = device;
        this.module = module;
    }

    /** Loads {@code file} onto {@code device}; a missing or unreadable archive is an {@link InvalidInputException}. */
    public static TorchScriptModule load(Path file, ComputeDevice device) {
        TorchRuntime.ensureLoaded();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file, "no such model file");
        }
        ComputeDevice resolved = device.resolve();
        JitModule module;
        try (PointerScope ignored = new PointerScope()) {
            module = torch.load(file.toString(), new DeviceOptional(resolved.toNative()), false);
            module.retainReference();
        } catch (RuntimeException e) {
            throw new InvalidInputException(file, "not a loadable TorchScript archive: " + firstLine(e), e);
        }
        module.eval();
        return new TorchScriptModule(file, resolved, module);
    }

    /** Loads {@code file} and checks with a dry run that {@code forward} honours {@code contract}. */
    public static TorchScriptModule load(Path file, ComputeDevice device, ModelContract contract) {
        TorchScriptModule loaded = load(file, device);
        try {
            loaded.check(contract);
            return loaded;
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public ComputeDevice device() {
        return device;
    }

    public boolean hasMethod(String name) {
        checkOpen();
        try (MethodOptional method = module.find_method(name)) {
            return method.has_value();
        }
    }

    /** {@code forward(args)} returning one tensor. */
    public Tensor forward(Object... args) {
        return call("forward", args);
    }

    /**
     * Runs {@code method} with {@code args} (tensors, ints, longs, doubles, booleans) and returns the tensor it
     * returns; a method returning anything else is an error.
     */
    public Tensor call(String method, Object... args) {
        checkOpen();
        return Tensors.scoped(() -> {
            IValue result = invoke(method, args);
            if (!result.isTensor()) {
                throw new IllegalStateException(file + ": " + method + " returned " + kind(result) + ", not a tensor");
            }
            return new Tensor(result.toTensor()); // toTensor() is a view into the IValue, which dies with the scope
        });
    }

    /** Runs {@code method} and returns the tensors of the tuple it returns (or its one tensor). */
    public List<Tensor> callForTensors(String method, Object... args) {
        checkOpen();
        List<Tensor> tensors = new ArrayList<>();
        try (PointerScope ignored = new PointerScope()) {
            IValue result = invoke(method, args);
            if (result.isTensor()) {
                tensors.add(new Tensor(result.toTensor()));
            } else if (result.isTuple()) {
                TupleElements elements = result.toTuple().elements();
                for (long i = 0; i < elements.size(); i++) {
                    IValue element = elements.get(i);
                    if (!element.isTensor()) {
                        throw new IllegalStateException(file + ": " + method + " returned a tuple holding "
                            + kind(element));
                    }
                    tensors.add(new Tensor(element.toTensor()));
                }
            } else {
                throw new IllegalStateException(file + ": " + method + " returned " + kind(result));
            }
            tensors.forEach(Tensor::retainReference);
        }
        PointerScope outer = PointerScope.getInnerScope();
        if (outer != null) {
            tensors.forEach(t -> {
                outer.attach(t);
                t.releaseReference();
            });
        }
        return tensors;
    }

    /**
     * Compiles TorchScript source (one or more {@code def name(self, ...)} methods) into this module, such as a
     * loop over {@code forward} that saves a JNI round trip per step.
     */
    public void define(String source) {
        checkOpen();
        module.define(source);
    }

    /** Runs {@code method} for its effect (such as {@code reset_states}), discarding what it returns. */
    public void run(String method, Object... args) {
        checkOpen();
        try (PointerScope ignored = new PointerScope()) {
            invoke(method, args);
        }
    }

    /**
     * Dry run of {@code forward} with zero tensors shaped as the contract says; a missing method, a failure or an
     * output of the wrong shape is an {@link InvalidInputException} naming the file.
     */
    public void check(ModelContract contract) {
        checkOpen();
        if (!hasMethod("forward")) {
            throw new InvalidInputException(file, "TorchScript module has no forward method");
        }
        Map<String, Long> sizes = new HashMap<>(contract.dryRunSizes());
        try (PointerScope ignored = new PointerScope()) {
            List<String> inputShapes = new ArrayList<>();
            Object[] args = new Object[contract.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                Object argument = contract.arguments().get(i);
                if (argument instanceof ShapeSpec spec) {
                    long[] shape = spec.concrete(sizes);
                    inputShapes.add(ShapeSpec.format(shape));
                    args[i] = torch.zeros(shape, new TensorOptions().device(new DeviceOptional(device.toNative())));
                } else {
                    args[i] = argument;
                }
            }
            List<Tensor> outputs;
            try {
                outputs = callForTensors("forward", args);
            } catch (RuntimeException e) {
                throw new InvalidInputException(file, "dry run with input " + String.join(", ", inputShapes)
                    + " failed: " + firstLine(e), e);
            }
            long[] shape = Tensors.shape(outputs.get(0));
            if (outputs.size() != 1 || !contract.output().matches(shape, sizes)) {
                String got = outputs.size() == 1 ? ShapeSpec.format(shape) : outputs.size() + " tensors";
                throw new InvalidInputException(file, "expected output " + contract.output() + ", got " + got);
            }
        }
    }

    /** Frees the weights; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            module.close();
        }
    }

    private IValue invoke(String method, Object... args) {
        IValueVector inputs = new IValueVector();
        for (Object arg : args) {
            inputs.push_back(toIValue(arg));
        }
        try (InferenceMode guard = new InferenceMode()) {
            return method.equals("forward") ? module.forward(inputs) : module.get_method(method).apply(inputs);
        }
    }

    private static IValue toIValue(Object arg) {
        if (arg instanceof Tensor t) {
            return new IValue(t);
        } else if (arg instanceof Integer i) {
            return new IValue((long) i);
        } else if (arg instanceof Long l) {
            return new IValue(l);
        } else if (arg instanceof Double d) {
            return new IValue(d);
        } else if (arg instanceof Boolean b) {
            return new IValue(b);
        }
        throw new IllegalArgumentException("cannot pass " + (arg == null ? "null" : arg.getClass()) + " to TorchScript");
    }

    private static String kind(IValue value) {
        try (var tag = value.tagKind()) {
            return tag.getString();
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": TorchScript module used after close()");
        }
    }

    /**
     * One line out of libtorch's multi-line error: the Python-style exception line that ends a TorchScript
     * traceback ({@code RuntimeError: shape ... is invalid}) when there is one, else the first line.
     */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        String[] lines = message.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (PYTHON_EXCEPTION.matcher(lines[i]).lookingAt()) {
                return lines[i].strip();
            }
        }
        return lines[0].strip();
    }
}
