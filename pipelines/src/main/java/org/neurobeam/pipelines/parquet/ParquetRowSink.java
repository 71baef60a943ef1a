package org.neurobeam.pipelines.parquet;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * A {@link FileIO.Sink} that writes Beam rows as one Parquet file per shard, ZSTD-compressed. The pattern
 * is Beam's own ParquetIO sink (Parquet-MR writer over the shard's channel) without the Avro detour.
 */
public final class ParquetRowSink implements FileIO.Sink<Row> {

    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final Schema schema;
    private transient ParquetWriter<Row> writer;

    public ParquetRowSink(String tableName, Schema schema) {
        this.tableName = tableName;
        this.schema = schema;
    }

    @Override
    public void open(WritableByteChannel channel) throws IOException {
        MessageType messageType = ParquetSchemas.toParquet(tableName, schema);
        writer = new Builder(new ChannelOutputFile(channel), new RowWriteSupport(schema, messageType))
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .build();
    }

    @Override
    public void write(Row row) throws IOException {
        writer.write(row);
    }

    @Override
    public void flush() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final WriteSupport<Row> writeSupport;

        Builder(OutputFile file, WriteSupport<Row> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return writeSupport;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return writeSupport;
        }
    }
}
