package org.neurobeam.ingest.nifti;

import static org.neurobeam.ingest.nifti.NiftiLayout.Field;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A validated NIfTI-1 or NIfTI-2 header with its extensions. Immutable; keeps the raw header bytes and
 * decodes fields on demand through {@link NiftiLayout}. {@link #read} checks everything a reader
 * needs before anything is sized from the header, so a bad file fails here with the field named.
 */
public final class NiftiHeader implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The spec's limit on dim[0]. */
    private static final int MAX_DIMS = 7;

    private final String file;
    private final String dataFile;
    private final byte[] raw;
    private final boolean bigEndian;
    private final NiftiLayout layout;
    private final List<NiftiExtension> extensions;
    private final long[] dim;
    private final NiftiDatatype type;

    private NiftiHeader(Path file, Path dataFile, byte[] raw, ByteOrder order, NiftiLayout layout,
            List<NiftiExtension> extensions, long[] dim, NiftiDatatype type) {
        this.file = file.toString();
        this.dataFile = dataFile.toString();
        this.raw = raw;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.layout = layout;
        this.extensions = List.copyOf(extensions);
        this.dim = dim;
        this.type = type;
    }

    /**
     * Reads and validates the header (and extensions) of a {@code .nii}, {@code .nii.gz}, or of the
     * {@code .hdr} of a pair given by either name. Checks, in order: file not empty, sizeof_hdr (348 or
     * 540 in either byte order, which fixes the order), magic, datatype supported, bitpix, dim, the data
     * size fitting a long, vox_offset, scl_inter, and for uncompressed data that the file holds the
     * declared bytes.
     */
    public static NiftiHeader read(Path file) throws IOException {
        NiftiFiles.Location where = NiftiFiles.locate(file);
        Path hdr = where.header();
        long size = Files.size(hdr);
        Checks.input(size > 0, hdr, "sizeof_hdr", "file is empty (0 bytes)");
        try (InputStream in = NiftiFiles.open(hdr)) {
            byte[] head = NiftiFiles.readUpTo(in, NiftiLayout.V2.minimalDataOffset(), hdr);
            ByteOrder order = byteOrder(head, hdr);
            ByteBuffer buf = ByteBuffer.wrap(head).order(order);
            NiftiLayout layout = NiftiLayout.ofHeaderSize(buf.getInt(0));
            Checks.input(head.length >= layout.headerSize(), hdr, "sizeof_hdr",
                    "file holds %d bytes, fewer than the %d-byte NIfTI-%d header", head.length,
                    layout.headerSize(), layout.version());
            byte[] raw = Arrays.copyOf(head, layout.headerSize());
            buf = ByteBuffer.wrap(raw).order(order);
            checkMagic(buf, layout, where, hdr);
            NiftiDatatype type = datatype(buf, layout, hdr);
            long[] dim = dims(buf, layout, hdr);
            long dataBytes = dataBytes(dim, type, hdr);
            long voxOffset = voxOffset(buf, layout, where, hdr);
            checkScaling(buf, layout, hdr);
            if (!where.isPair() && !NiftiFiles.isGzip(hdr)) {
                checkDataFits(hdr, size, dim, type, dataBytes, voxOffset);
            } else if (where.isPair() && Files.exists(where.data()) && !NiftiFiles.isGzip(where.data())) {
                checkDataFits(where.data(), Files.size(where.data()), dim, type, dataBytes, voxOffset);
            }
            long extensionEnd = where.isPair() ? Long.MAX_VALUE : voxOffset;
            byte[] rest = head.length > layout.headerSize()
                    ? Arrays.copyOfRange(head, layout.headerSize(), head.length) : new byte[0];
            List<NiftiExtension> extensions = ExtensionReader.read(rest, in, extensionEnd - layout.headerSize(),
                    order, hdr);
            return new NiftiHeader(file, where.data(), raw, order, layout, extensions, dim, type);
        }
    }

    private static ByteOrder byteOrder(byte[] head, Path file) throws IOException {
        Checks.input(head.length >= 4, file, "sizeof_hdr", "file holds %d bytes, too few for a NIfTI header",
                head.length);
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            if (NiftiLayout.ofHeaderSize(ByteBuffer.wrap(head).order(order).getInt(0)) != null) {
                return order;
            }
        }
        throw new InvalidInputException(file, "sizeof_hdr", String.format(Locale.ROOT,
                "expected 348 (NIfTI-1) or 540 (NIfTI-2) in either byte order, got %d",
                ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(0)));
    }

    private static void checkMagic(ByteBuffer buf, NiftiLayout layout, NiftiFiles.Location where, Path file)
            throws IOException {
        String magic = layout.rawText(buf, Field.MAGIC);
        String expected = where.isPair() ? layout.pairMagic() : layout.singleFileMagic();
        Checks.input(magic.equals(expected), file, "magic", "expected '%s' for a NIfTI-%d %s, got '%s'",
                printable(expected), layout.version(), where.isPair() ? ".hdr/.img pair" : "single file",
                printable(magic));
    }

    private static NiftiDatatype datatype(ByteBuffer buf, NiftiLayout layout, Path file) throws IOException {
        int code = (int) layout.integer(buf, Field.DATATYPE, 0);
        NiftiDatatype type = NiftiDatatype.ofCode(code);
        Checks.input(type != null, file, "datatype", "unknown datatype code %d", code);
        Checks.input(type.isSupported(), file, "datatype",
                "unsupported datatype %d (%s): only real scalar voxels are read (RGB/complex/float128/binary are not)",
                code, type.label());
        long bitpix = layout.integer(buf, Field.BITPIX, 0);
        Checks.input(bitpix == type.bitpix(), file, "bitpix", "datatype %s has bitpix %d, header says %d",
                type.label(), type.bitpix(), bitpix);
        return type;
    }

    private static long[] dims(ByteBuffer buf, NiftiLayout layout, Path file) throws IOException {
        long[] dim = new long[8];
        for (int i = 0; i < 8; i++) {
            dim[i] = layout.integer(buf, Field.DIM, i);
        }
        Checks.input(dim[0] >= 1 && dim[0] <= MAX_DIMS, file, "dim", "dim[0] must be 1..7, got %d", dim[0]);
        for (int i = 1; i <= dim[0]; i++) {
            Checks.input(dim[i] > 0, file, "dim", "dim[%d] must be positive, got %d (dim = %s)", i, dim[i],
                    Arrays.toString(dim));
            Checks.input(dim[i] <= Integer.MAX_VALUE, file, "dim", "dim[%d] = %d exceeds 2^31-1", i, dim[i]);
        }
        return dim;
    }

    private static long dataBytes(long[] dim, NiftiDatatype type, Path file) throws IOException {
        try {
            long voxels = 1;
            for (int i = 1; i <= dim[0]; i++) {
                voxels = Math.multiplyExact(voxels, dim[i]);
            }
            return Math.multiplyExact(voxels, (long) type.bytes());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(file, "dim",
                    "data size " + shapeText(dim) + " " + type.label() + " overflows 64 bits");
        }
    }

    private static long voxOffset(ByteBuffer buf, NiftiLayout layout, NiftiFiles.Location where, Path file)
            throws IOException {
        double value = layout.real(buf, Field.VOX_OFFSET, 0);
        Checks.input(value >= 0 && value == Math.rint(value) && value < Long.MAX_VALUE, file, "vox_offset",
                "expected a non-negative whole number, got %s", value);
        long offset = (long) value;
        Checks.input(where.isPair() || offset >= layout.headerSize(), file, "vox_offset",
                "%d lies inside the %d-byte header", offset, layout.headerSize());
        return offset;
    }

    /** nibabel {@code get_slope_inter}: a valid slope with a non-finite intercept is an error. */
    private static void checkScaling(ByteBuffer buf, NiftiLayout layout, Path file) throws IOException {
        double slope = layout.real(buf, Field.SCL_SLOPE, 0);
        double inter = layout.real(buf, Field.SCL_INTER, 0);
        Checks.input(!usable(slope) || Double.isFinite(inter), file, "scl_inter",
                "scl_slope %s is applied but scl_inter is %s", slope, inter);
    }

    private static void checkDataFits(Path file, long size, long[] dim, NiftiDatatype type, long dataBytes,
            long voxOffset) throws IOException {
        boolean fits = voxOffset <= size && dataBytes <= size - voxOffset;
        Checks.input(fits, file, "dim", "header declares %s %s = %d bytes of data at offset %d but the file holds %d bytes",
                shapeText(dim), type.label(), dataBytes, voxOffset, size);
    }

    private static boolean usable(double slope) {
        return slope != 0 && Double.isFinite(slope);
    }

    private static String shapeText(long[] dim) {
        return Arrays.stream(dim, 1, (int) dim[0] + 1).mapToObj(Long::toString).collect(Collectors.joining("x"));
    }

    private static String printable(String magic) {
        StringBuilder out = new StringBuilder();
        for (char c : magic.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return out.toString();
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(raw).order(byteOrder());
    }

    private double real(Field field, int i) {
        return layout.real(buffer(), field, i);
    }

    private double[] reals(Field field) {
        double[] out = new double[layout.slot(field).count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = real(field, i);
        }
        return out;
    }

    /** The path this header was read from, as given. */
    public Path file() {
        return Path.of(file);
    }

    /** Where the voxels are: the file itself, or the {@code .img} of a pair. */
    Path dataFile() {
        return Path.of(dataFile);
    }

    /** 1 or 2. */
    public int version() {
        return layout.version();
    }

    public ByteOrder byteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public int sizeofHdr() {
        return layout.headerSize();
    }

    /** dim[0..7] as stored (a copy). */
    public long[] dim() {
        return dim.clone();
    }

    /** dim[1..dim[0]]. */
    public int[] shape() {
        int[] shape = new int[(int) dim[0]];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = (int) dim[i + 1];
        }
        return shape;
    }

    public int datatype() {
        return type.code();
    }

    /** The datatype as an enum constant. */
    public NiftiDatatype type() {
        return type;
    }

    /** nibabel's name of the datatype ({@code int16}, {@code float32}, ...). */
    public String datatypeName() {
        return type.label();
    }

    public int bitpix() {
        return type.bitpix();
    }

    /**
     * pixdim[0..7] as nibabel presents them after its load-time {@code check_fix}: pixdim[0] (qfac) is
     * -1 or 1 (anything but -1 becomes 1, e.g. the 0 many writers leave), and negative voxel sizes in
     * pixdim[1..3] are made positive. All other values are as stored.
     */
    public double[] pixdim() {
        double[] pixdim = reals(Field.PIXDIM);
        pixdim[0] = pixdim[0] == -1 ? -1 : 1;
        for (int i = 1; i <= 3; i++) {
            pixdim[i] = Math.abs(pixdim[i]);
        }
        return pixdim;
    }

    public long voxOffset() {
        return (long) real(Field.VOX_OFFSET, 0);
    }

    /** scl_slope as stored. */
    public double sclSlope() {
        return real(Field.SCL_SLOPE, 0);
    }

    /** scl_inter as stored. */
    public double sclInter() {
        return real(Field.SCL_INTER, 0);
    }

    /**
     * Whether values are scaled on reading: as nibabel {@code get_slope_inter}, a slope of 0 or a
     * non-finite slope means "no scaling" (stored values used as they are, scl_inter ignored).
     */
    public boolean isScaled() {
        return usable(sclSlope());
    }

    public int qformCode() {
        return (int) layout.integer(buffer(), Field.QFORM_CODE, 0);
    }

    public int sformCode() {
        return (int) layout.integer(buffer(), Field.SFORM_CODE, 0);
    }

    /**
     * The qform (spec method 2) from quatern_b/c/d, qoffset_x/y/z, pixdim[1..3] and qfac = pixdim[0]
     * (as {@link #pixdim()} presents them), whatever qform_code says.
     */
    public double[][] qformAffine() {
        double[] pixdim = pixdim();
        return Affines.qform(real(Field.QUATERN, 0), real(Field.QUATERN, 1), real(Field.QUATERN, 2),
                reals(Field.QOFFSET), Arrays.copyOfRange(pixdim, 1, 4), pixdim[0]);
    }

    /** The sform (spec method 3) from srow_x/y/z, whatever sform_code says. */
    public double[][] sformAffine() {
        return Affines.sform(reals(Field.SROW_X), reals(Field.SROW_Y), reals(Field.SROW_Z));
    }

    /**
     * nibabel's {@code get_best_affine}: the sform if sform_code > 0, else the qform if qform_code > 0,
     * else the pixdim-only affine ({@code shape_zoom_affine}: x flipped, origin at the centre).
     */
    public double[][] bestAffine() {
        if (sformCode() > 0) {
            return sformAffine();
        }
        if (qformCode() > 0) {
            return qformAffine();
        }
        return Affines.base(shape(), zooms());
    }

    /** pixdim[1..dim[0]], as nibabel {@code get_zooms}. */
    public double[] zooms() {
        return Arrays.copyOfRange(pixdim(), 1, (int) dim[0] + 1);
    }

    public int xyztUnits() {
        return (int) layout.integer(buffer(), Field.XYZT_UNITS, 0);
    }

    /** {@code unknown}, {@code meter}, {@code mm} or {@code micron}. */
    public String spatialUnit() {
        return Units.spatial(xyztUnits());
    }

    /** {@code unknown}, {@code sec}, {@code msec}, {@code usec}, {@code hz}, {@code ppm} or {@code rads}. */
    public String timeUnit() {
        return Units.temporal(xyztUnits());
    }

    /**
     * pixdim[4] in seconds: msec x 1e-3, usec x 1e-6, and an {@code unknown} unit taken as seconds (the
     * FSL/SPM habit of leaving xyzt_units at 0). Empty for images with fewer than 4 dimensions, for a
     * pixdim[4] that is not a positive finite number, and for hz/ppm/rads (not a time step).
     */
    public OptionalDouble timeStepSeconds() {
        double step = pixdim()[4];
        double perUnit = Units.secondsPerUnit(xyztUnits());
        if (dim[0] < 4 || !(step > 0) || !Double.isFinite(step) || Double.isNaN(perUnit)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(step * perUnit);
    }

    public int intentCode() {
        return (int) layout.integer(buffer(), Field.INTENT_CODE, 0);
    }

    /** The intent_name text field. */
    public String intentName() {
        return layout.text(buffer(), Field.INTENT_NAME);
    }

    public String descrip() {
        return layout.text(buffer(), Field.DESCRIP);
    }

    public List<NiftiExtension> extensions() {
        return extensions;
    }

    /** Product of dim[1..3], dimensions beyond dim[0] counting as 1. */
    public long voxelsPerVolume() {
        long n = 1;
        for (int i = 1; i <= Math.min(3, dim[0]); i++) {
            n *= dim[i];
        }
        return n;
    }

    /** Product of dim[4..dim[0]]; 1 for images of up to 3 dimensions. */
    public long volumeCount() {
        long n = 1;
        for (int i = 4; i <= dim[0]; i++) {
            n *= dim[i];
        }
        return n;
    }

    /** Bytes of voxel data (checked against overflow when the header was read). */
    public long dataBytes() {
        return voxelsPerVolume() * volumeCount() * type.bytes();
    }

    /** Bytes of one volume. */
    long volumeBytes() {
        return voxelsPerVolume() * type.bytes();
    }

    @Override
    public String toString() {
        return "NIfTI-" + version() + " " + shapeText(dim) + " " + type.label() + " (" + file + ")";
    }
}
