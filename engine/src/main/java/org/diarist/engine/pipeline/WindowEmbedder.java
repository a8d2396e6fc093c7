package org.diarist.engine.pipeline;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.segmentation.SegmentationSpecification;
import org.diarist.engine.segmentation.WindowBatch;
import org.diarist.engine.torch.Tensors;

import java.util.ArrayList;
import java.util.List;

/**
 * Speaker embeddings of the local speakers of a batch of windows, while the batch's audio is in hand: each
 * window's filterbank is computed once and goes through the embedding network once per local speaker, whose
 * statistics pooling keeps only the frames of that speaker (talking alone when there is enough of that, see
 * {@link EmbeddingConfig}). Segmentation frames are mapped to filterbank frames by time (the segmentation frame
 * nearest to each filterbank frame's centre). The model is borrowed, not owned.
 */
final class WindowEmbedder {

    private final EmbeddingModel model;
    private final EmbeddingConfig config;
    private final int minSpeechFrames;
    private final int minCleanFrames;
    /** For each filterbank frame of a window, the segmentation frame covering its centre. */
    private final int[] segmentationFrameOf;

    WindowEmbedder(EmbeddingModel model, SegmentationSpecification specification, EmbeddingConfig config) {
        if (model.sampleRate() != specification.sampleRate()) {
            throw new IllegalArgumentException("the embedding model works at " + model.sampleRate()
                + " Hz, the segmentation model at " + specification.sampleRate() + " Hz");
        }
        this.model = model;
        this.config = config;
        SlidingWindow frames = specification.frameWindow(0.0);
        this.minSpeechFrames = (int) Math.max(1, frames.stepsIn(config.minSpeech()));
        this.minCleanFrames = (int) Math.max(1, frames.stepsIn(config.minCleanSpeech()));
        int samples = specification.windowSamples();
        int fbankFrames = model.frameCount(samples);
        this.segmentationFrameOf = new int[fbankFrames];
        for (int t = 0; t < fbankFrames; t++) {
            double centre = (t + 0.5) * samples / fbankFrames / specification.sampleRate();
            long f = frames.closestFrame(centre);
            segmentationFrameOf[t] = (int) Math.max(0, Math.min(specification.frames() - 1, f));
        }
    }

    /** Embeds every local speaker of the batch's windows that talks enough, appending to {@code out}. */
    void embed(WindowBatch batch, LocalActivity activity, LocalEmbeddings out) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            int window = batch.window(i);
            for (int s = 0; s < activity.speakers(); s++) {
                if (activity.activeFrames(window, s) >= minSpeechFrames) {
                    int clean = activity.cleanFrames(window, s);
                    boolean aloneOnly = config.excludeOverlap() && clean >= minCleanFrames;
                    requests.add(new Request(i, window, s, clean, mask(activity, window, s, aloneOnly)));
                }
            }
        }
        if (requests.isEmpty()) {
            return;
        }
        try (PointerScope batchScope = new PointerScope()) {
            // One filterbank per window, shared by all of the window's local speakers.
            Tensor features = model.fbank(batch.audio());
            for (int from = 0; from < requests.size(); from += config.batchSize()) {
                List<Request> chunk = requests.subList(from, Math.min(requests.size(), from + config.batchSize()));
                float[][] vectors = embed(features, chunk);
                for (int k = 0; k < chunk.size(); k++) {
                    Request request = chunk.get(k);
                    out.add(request.window, request.speaker, request.cleanFrames, vectors[k]);
                }
            }
        }
    }

    private float[][] embed(Tensor windowFeatures, List<Request> chunk) {
        try (PointerScope chunkScope = new PointerScope()) {
            TensorVector features = new TensorVector();
            float[][] masks = new float[chunk.size()][];
            for (int k = 0; k < chunk.size(); k++) {
                features.push_back(windowFeatures.select(0, chunk.get(k).indexInBatch));
                masks[k] = chunk.get(k).fbankMask;
            }
            return model.embed(torch.stack(features), Tensors.fromRows(masks));
        }
    }

    /** 1 on the filterbank frames whose segmentation frame has the speaker (alone, if asked). */
    private float[] mask(LocalActivity activity, int window, int speaker, boolean aloneOnly) {
        float[] mask = new float[segmentationFrameOf.length];
        for (int t = 0; t < mask.length; t++) {
            int bits = activity.mask(window, segmentationFrameOf[t]);
            boolean on = aloneOnly ? bits == 1 << speaker : (bits >> speaker & 1) == 1;
            mask[t] = on ? 1f : 0f;
        }
        return mask;
    }

    private record Request(int indexInBatch, int window, int speaker, int cleanFrames, float[] fbankMask) {
    }
}
