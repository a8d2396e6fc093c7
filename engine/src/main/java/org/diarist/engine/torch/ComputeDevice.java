package org.diarist.engine.torch;

import org.bytedeco.pytorch.Device;
import org.diarist.engine.InvalidInputException;

import java.util.Locale;

/**
 * Where networks run: {@code auto} (CUDA when present, else CPU), {@code cpu}, {@code cuda} or {@code cuda:N}.
 * Parse the user's spelling with {@link #parse}, then {@link #resolve} it once libtorch is loaded.
 */
public record ComputeDevice(Kind kind, int index) {

    public enum Kind { AUTO, CPU, CUDA }

    public static final ComputeDevice AUTO = new ComputeDevice(Kind.AUTO, -1);
    public static final ComputeDevice CPU = new ComputeDevice(Kind.CPU, -1);

    public static ComputeDevice parse(String text) {
        String spelling = text.trim().toLowerCase(Locale.ROOT);
        if (spelling.equals("auto")) {
            return AUTO;
        }
        if (spelling.equals("cpu")) {
            return CPU;
        }
        if (spelling.equals("cuda") || spelling.equals("gpu")) {
            return new ComputeDevice(Kind.CUDA, 0);
        }
        if (spelling.startsWith("cuda:")) {
            try {
                int index = Integer.parseInt(spelling.substring(5));
                if (index >= 0) {
                    return new ComputeDevice(Kind.CUDA, index);
                }
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
        }
        throw new InvalidInputException("unknown device '" + text + "' (expected auto, cpu, cuda or cuda:N)");
    }

    /** The concrete device: AUTO becomes CUDA 0 or CPU; a CUDA device that is not present is an input error. */
    public ComputeDevice resolve() {
        return switch (kind) {
            case CPU -> this;
            case AUTO -> TorchRuntime.cudaAvailable() ? new ComputeDevice(Kind.CUDA, 0) : CPU;
            case CUDA -> {
                int count = TorchRuntime.cudaDeviceCount();
                if (index >= count) {
                    throw new InvalidInputException("device " + this + " is not available ("
                        + (count == 0 ? "no CUDA device or a CPU-only build; build with -Pgpu on a CUDA host"
                                      : count + " CUDA device(s)") + ")");
                }
                yield this;
            }
        };
    }

    public boolean isCuda() {
        return kind == Kind.CUDA;
    }

    /** The libtorch device; call on a resolved device. */
    public Device toNative() {
        TorchRuntime.ensureLoaded();
        return switch (kind) {
            case CPU -> new Device("cpu");
            case CUDA -> new Device("cuda:" + index);
            case AUTO -> resolve().toNative();
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case AUTO -> "auto";
            case CPU -> "cpu";
            case CUDA -> "cuda:" + index;
        };
    }
}
