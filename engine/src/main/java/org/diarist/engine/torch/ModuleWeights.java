package org.diarist.engine.torch;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.StringTensorDict;
import org.bytedeco.pytorch.StringTensorDictItem;
import org.bytedeco.pytorch.Tensor;
import org.diarist.engine.InvalidInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Saves and loads a module's named parameters and buffers (its state dict, with libtorch's dotted names such as
 * {@code block0.weight}) as safetensors. Loading is strict: every name must be present with the same shape.
 */
public final class ModuleWeights {

    private ModuleWeights() {
    }

    /** Parameters then buffers, by libtorch's recursive names. */
    public static Map<String, Tensor> state(Module module) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        addAll(state, module.named_parameters(true));
        addAll(state, module.named_buffers(true));
        return state;
    }

    public static void save(Module module, Path file, Map<String, String> metadata) throws IOException {
        Safetensors.write(file, state(module), metadata);
    }

    /** Copies the tensors of {@code file} into the module's parameters and buffers; returns the file's metadata. */
    public static Map<String, String> load(Module module, Path file) {
        Safetensors.Contents contents = Safetensors.read(file);
        copyInto(module, contents.tensors(), file);
        return contents.metadata();
    }

    static void copyInto(Module module, Map<String, Tensor> source, Path file) {
        Map<String, Tensor> target = state(module);
        if (!target.keySet().equals(source.keySet())) {
            TreeSet<String> missing = new TreeSet<>(target.keySet());
            missing.removeAll(source.keySet());
            TreeSet<String> unexpected = new TreeSet<>(source.keySet());
            unexpected.removeAll(target.keySet());
            throw new InvalidInputException(file, "weights do not match the network (missing " + missing
                + ", unexpected " + unexpected + ")");
        }
        try (NoGradGuard noGrad = new NoGradGuard()) {
            for (Map.Entry<String, Tensor> entry : target.entrySet()) {
                Tensor from = source.get(entry.getKey());
                Tensor to = entry.getValue();
                if (!Arrays.equals(from.sizes().vec().get(), to.sizes().vec().get())) {
                    throw new InvalidInputException(file, "tensor " + entry.getKey() + " has shape "
                        + Arrays.toString(from.sizes().vec().get()) + ", the network expects "
                        + Arrays.toString(to.sizes().vec().get()));
                }
                to.copy_(from);
            }
        }
    }

    private static void addAll(Map<String, Tensor> state, StringTensorDict dict) {
        for (long i = 0; i < dict.size(); i++) {
            StringTensorDictItem item = dict.get(i);
            // value() is a reference into the dict, which JavaCPP frees when it is collected: keep an owning
            // handle, or a later detach() reads freed memory (seen as a SIGSEGV while saving).
            state.put(item.key().getString(), new Tensor(item.value()));
        }
    }
}
