package org.diarist.engine.audio;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.diarist.engine.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_NONE;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_DECODER_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_STREAM_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_DBL;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S64;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_U8;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_bytes_per_sample;
import static org.bytedeco.ffmpeg.global.avutil.av_get_packed_sample_fmt;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_sample_fmt_is_planar;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/**
 * Everything that is not PCM WAV (FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC, the audio track of a video...) decoded by
 * FFmpeg. This is the only class that calls FFmpeg; it owns the native demuxer and decoder and frees them on close.
 * The decoded frames are converted to float and down-mixed here, by the same code as WAV, so both paths agree.
 */
final class FfmpegDecoder implements Decoder {

    /** {@code AVERROR(EAGAIN)} on Linux: the decoder wants another packet. */
    private static final int AVERROR_EAGAIN = -11;
    /** Consecutive undecodable packets after which a file counts as corrupt rather than glitched. */
    private static final int MAX_CONSECUTIVE_ERRORS = 1000;

    static {
        // FFmpeg logs to stderr by default; our errors are reported as exceptions instead.
        av_log_set_level(AV_LOG_QUIET);
    }

    private final Path file;
    private AVFormatContext format;
    private AVCodecContext codec;
    private AVPacket packet;
    private AVFrame frame;
    private int streamIndex;
    private AudioInfo info;
    private int sampleRate;
    private boolean draining;
    private boolean ended;
    private boolean closed;

    /** Samples of the last decoded frame not yet returned. */
    private float[] pending = new float[8192];
    private int pendingStart;
    private int pendingEnd;
    private float[] scratch = new float[8192];

    private FfmpegDecoder(Path file) {
        this.file = file;
    }

    /**
     * Opens the best audio stream of {@code file} and decodes its first frame, so that a file that opens is known
     * to hold decodable audio. Every failure a user can cause is an {@link InvalidInputException}.
     */
    static FfmpegDecoder open(Path file) {
        return open(file, true);
    }

    private static FfmpegDecoder open(Path file, boolean countUnknownLength) {
        FfmpegDecoder decoder = new FfmpegDecoder(file);
        try {
            decoder.openStream(countUnknownLength);
            return decoder;
        } catch (RuntimeException | Error e) {
            decoder.close();
            throw e;
        }
    }

    private void openStream(boolean countUnknownLength) {
        format = new AVFormatContext(null);
        // "file:" keeps names with a colon from being taken for a protocol.
        int result = avformat_open_input(format, "file:" + file.toAbsolutePath(), null, null);
        if (result < 0) {
            format = null;
            throw problem(result == AVERROR_EOF
                ? "truncated: the file ends before its audio starts"
                : "not a recognised audio or video format (" + describe(result) + ")");
        }
        result = avformat_find_stream_info(format, (PointerPointer<?>) null);
        if (result < 0) {
            throw problem("cannot read the stream parameters (" + describe(result) + ")");
        }
        streamIndex = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, (PointerPointer<?>) null, 0);
        if (streamIndex == AVERROR_STREAM_NOT_FOUND) {
            throw problem("no audio stream (container " + containerName() + ")");
        }
        if (streamIndex < 0) {
            throw problem("cannot select an audio stream (" + describe(streamIndex) + ")");
        }
        AVStream stream = format.streams(streamIndex);
        AVCodecParameters parameters = stream.codecpar();
        String codecName = codecName(parameters.codec_id());
        AVCodec decoder = avcodec_find_decoder(parameters.codec_id());
        if (decoder == null || decoder.isNull()) {
            throw problem(parameters.codec_id() == AV_CODEC_ID_NONE
                ? String.format("unsupported codec (unknown codec tag 0x%04x)", parameters.codec_tag())
                : "unsupported codec " + codecName + " (no decoder)");
        }
        codec = avcodec_alloc_context3(decoder);
        if (codec == null || codec.isNull()) {
            throw new OutOfMemoryError("FFmpeg could not allocate a decoder context");
        }
        result = avcodec_parameters_to_context(codec, parameters);
        if (result >= 0) {
            result = avcodec_open2(codec, decoder, (PointerPointer<?>) null);
        }
        if (result < 0) {
            throw problem("cannot open the " + codecName + " decoder (" + describe(result) + ")");
        }
        packet = av_packet_alloc();
        frame = av_frame_alloc();

        if (!decodeNextFrame()) {
            throw problem("contains no audio samples (" + codecName + ")");
        }
        int channels = parameters.ch_layout().nb_channels();
        if (channels <= 0) {
            channels = frame.ch_layout().nb_channels();
        }
        long frames = headerFrames(stream, sampleRate);
        if (frames < 0 && countUnknownLength) {
            frames = countFrames(file);
        }
        info = new AudioInfo(file, containerName(), codecName, sampleRate, Math.max(1, channels), Math.max(0, frames));
    }

    /** Decodes a second instance to the end: for the rare containers that declare no length (raw streams). */
    private static long countFrames(Path file) {
        try (FfmpegDecoder counter = open(file, false)) {
            float[] block = new float[16384];
            long frames = 0;
            for (int n; (n = counter.read(block, 0, block.length)) > 0; ) {
                frames += n;
            }
            return frames;
        }
    }

    /** The length the container declares, or -1 when it declares none. */
    private long headerFrames(AVStream stream, int rate) {
        long duration = stream.duration();
        AVRational base = stream.time_base();
        double seconds;
        if (duration != AV_NOPTS_VALUE && duration > 0 && base.den() > 0) {
            seconds = duration * (double) base.num() / base.den();
        } else if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
            seconds = format.duration() / (double) AV_TIME_BASE;
        } else {
            return -1;
        }
        return Math.round(seconds * rate);
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int read(float[] mono, int offset, int length) {
        if (closed) {
            throw new IllegalStateException("audio source is closed: " + file);
        }
        if (length == 0) {
            return 0;
        }
        if (pendingStart == pendingEnd && !decodeNextFrame()) {
            return -1;
        }
        int n = Math.min(length, pendingEnd - pendingStart);
        System.arraycopy(pending, pendingStart, mono, offset, n);
        pendingStart += n;
        return n;
    }

    /** Decodes until one frame with samples is pending; false at the end of the stream. */
    private boolean decodeNextFrame() {
        int errors = 0;
        while (!ended) {
            int result = avcodec_receive_frame(codec, frame);
            if (result >= 0) {
                int samples = takeFrame();
                av_frame_unref(frame);
                if (samples > 0) {
                    return true;
                }
                continue;
            }
            if (result == AVERROR_EOF) {
                ended = true;
                break;
            }
            if (result != AVERROR_EAGAIN && ++errors > MAX_CONSECUTIVE_ERRORS) {
                throw problem("cannot decode the audio (" + describe(result) + ")");
            }
            if (draining) {
                if (result == AVERROR_EAGAIN) {
                    ended = true; // nothing more will come out
                }
                continue;
            }
            if (!sendNextPacket() && ++errors > MAX_CONSECUTIVE_ERRORS) {
                throw problem("cannot decode the audio (too many corrupt packets)");
            }
        }
        return false;
    }

    /** Sends the next packet of our stream to the decoder (or the end-of-stream signal); false if it was rejected. */
    private boolean sendNextPacket() {
        while (true) {
            int result = av_read_frame(format, packet);
            if (result < 0) {
                // End of file, or an unreadable tail: decode what the decoder still holds.
                draining = true;
                avcodec_send_packet(codec, null);
                return true;
            }
            try {
                if (packet.stream_index() == streamIndex) {
                    // Corrupt packets (AVERROR_INVALIDDATA) are skipped, as the ffmpeg tool does.
                    return avcodec_send_packet(codec, packet) >= 0;
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    /** Converts the received frame to mono floats in {@link #pending}; returns its sample count. */
    private int takeFrame() {
        int samples = frame.nb_samples();
        if (samples <= 0) {
            return 0;
        }
        int rate = frame.sample_rate();
        if (sampleRate == 0) {
            sampleRate = rate;
        } else if (rate != sampleRate) {
            throw problem("sample rate changes from " + sampleRate + " to " + rate + " Hz within the stream");
        }
        int channels = Math.max(1, frame.ch_layout().nb_channels());
        int sampleFormat = frame.format();
        boolean planar = av_sample_fmt_is_planar(sampleFormat) != 0;
        PcmEncoding encoding = encodingOf(av_get_packed_sample_fmt(sampleFormat));
        int bytesPerSample = av_get_bytes_per_sample(sampleFormat);
        if (pending.length < samples) {
            pending = new float[samples];
        }
        int perPlane = planar ? samples : samples * channels;
        if (scratch.length < perPlane) {
            scratch = new float[perPlane];
        }
        if (planar) {
            for (int c = 0; c < channels; c++) {
                encoding.toFloat(plane(c, (long) samples * bytesPerSample), 0, samples, scratch, 0);
                Downmix.addPlane(scratch, samples, channels, c == 0, pending, 0);
            }
        } else {
            encoding.toFloat(plane(0, (long) perPlane * bytesPerSample), 0, perPlane, scratch, 0);
            Downmix.interleaved(scratch, samples, channels, pending, 0);
        }
        pendingStart = 0;
        pendingEnd = samples;
        return samples;
    }

    /** A view of one data plane of the frame (no copy); valid until the frame is unreferenced. */
    private ByteBuffer plane(int index, long bytes) {
        BytePointer data = frame.extended_data(index);
        return data.capacity(bytes).limit(bytes).asByteBuffer().order(ByteOrder.nativeOrder());
    }

    private PcmEncoding encodingOf(int packedFormat) {
        if (packedFormat == AV_SAMPLE_FMT_U8) {
            return PcmEncoding.U8;
        } else if (packedFormat == AV_SAMPLE_FMT_S16) {
            return PcmEncoding.S16;
        } else if (packedFormat == AV_SAMPLE_FMT_S32) {
            return PcmEncoding.S32;
        } else if (packedFormat == AV_SAMPLE_FMT_S64) {
            return PcmEncoding.S64;
        } else if (packedFormat == AV_SAMPLE_FMT_FLT) {
            return PcmEncoding.F32;
        } else if (packedFormat == AV_SAMPLE_FMT_DBL) {
            return PcmEncoding.F64;
        }
        throw problem("unsupported decoded sample format " + packedFormat);
    }

    /**
     * The container's short name; FFmpeg names some demuxers by a list of aliases ("mov,mp4,m4a,3gp,3g2,mj2"),
     * of which we take the one matching the file's extension, else the first.
     */
    private String containerName() {
        String names = format.iformat().name().getString();
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        String[] aliases = names.split(",");
        for (String alias : aliases) {
            if (alias.equals(extension)) {
                return alias;
            }
        }
        return aliases[0];
    }

    private static String codecName(int codecId) {
        BytePointer name = avcodec_get_name(codecId);
        return name == null || name.isNull() ? "unknown" : name.getString();
    }

    private static String describe(int error) {
        byte[] message = new byte[256];
        if (av_strerror(error, message, message.length) < 0) {
            return "FFmpeg error " + error;
        }
        int length = 0;
        while (length < message.length && message[length] != 0) {
            length++;
        }
        return new String(message, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    private InvalidInputException problem(String message) {
        return new InvalidInputException(file, message);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (frame != null) {
            av_frame_free(frame);
            frame = null;
        }
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (codec != null) {
            avcodec_free_context(codec);
            codec = null;
        }
        if (format != null) {
            avformat_close_input(format);
            format = null;
        }
    }
}
