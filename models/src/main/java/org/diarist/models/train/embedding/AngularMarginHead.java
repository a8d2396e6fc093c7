package org.diarist.models.train.embedding;

import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;

/**
 * Additive angular margin softmax (ArcFace / AAM-softmax): logits are {@code s·cos θ} for other classes and
 * {@code s·cos(θ + m)} for the target, pushing each class's embeddings into a tighter cone. Like WeSpeaker,
 * when {@code θ + m} would pass π the target logit falls back to {@code cos θ − m·sin m} so it stays monotonic.
 */
public final class AngularMarginHead extends Module {

    private final Tensor weight;
    private final int classes;

    public AngularMarginHead(int embeddingDim, int classes) {
        this.classes = classes;
        Tensor init = torch.empty(classes, embeddingDim);
        try (NoGradGuard noGrad = new NoGradGuard()) {
            double bound = Math.sqrt(6.0 / (classes + embeddingDim));
            init.uniform_(-bound, bound, new org.bytedeco.pytorch.GeneratorOptional());
        }
        weight = register_parameter("weight", init);
    }

    public int classes() {
        return classes;
    }

    /** Cross-entropy loss of embeddings [B,D] against labels [B] (int64) with margin {@code m} and scale {@code s}. */
    public Tensor loss(Tensor embeddings, Tensor labels, double margin, double scale) {
        Tensor cosine = unit(embeddings).matmul(unit(weight).t()).clamp(new ScalarOptional(new Scalar(-1.0 + 1e-7)),
            new ScalarOptional(new Scalar(1.0 - 1e-7)));
        Tensor logits = cosine;
        if (margin > 0) {
            Tensor sine = cosine.mul(cosine).neg().add(new Scalar(1.0)).clamp_min(new Scalar(0.0)).sqrt();
            Tensor withMargin = cosine.mul(new Scalar(Math.cos(margin))).sub(sine.mul(new Scalar(Math.sin(margin))));
            double threshold = Math.cos(Math.PI - margin);
            double fallback = Math.sin(Math.PI - margin) * margin;
            withMargin = torch.where(cosine.gt(new Scalar(threshold)), withMargin, cosine.sub(new Scalar(fallback)));
            Tensor target = torch.one_hot(labels, classes).to(torch.ScalarType.Float);
            logits = target.mul(withMargin).add(target.neg().add(new Scalar(1.0)).mul(cosine));
        }
        return torch.cross_entropy_loss(logits.mul(new Scalar(scale)), labels);
    }

    private static Tensor unit(Tensor x) {
        return x.div(x.norm(new ScalarOptional(new Scalar(2.0)), new long[] {1}, true).clamp_min(new Scalar(1e-12)));
    }
}
