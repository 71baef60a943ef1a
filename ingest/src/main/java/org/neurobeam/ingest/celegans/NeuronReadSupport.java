package org.neurobeam.ingest.celegans;

import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/** Parquet-MR read support of the collection: the projected columns into {@link NeuronRecord}s. */
final class NeuronReadSupport extends ReadSupport<NeuronRecord> {

    private final MessageType projection;
    private final String signal;
    private final String labelColumn;

    NeuronReadSupport(MessageType projection, String signal, String labelColumn) {
        this.projection = projection;
        this.signal = signal;
        this.labelColumn = labelColumn;
    }

    @Override
    public ReadContext init(InitContext context) {
        return new ReadContext(projection);
    }

    @Override
    public RecordMaterializer<NeuronRecord> prepareForRead(ParquetConfiguration configuration,
            Map<String, String> keyValueMetaData, MessageType fileSchema, ReadContext readContext) {
        return new NeuronMaterializer(readContext.getRequestedSchema(), signal, labelColumn);
    }

    @Override
    public RecordMaterializer<NeuronRecord> prepareForRead(org.apache.hadoop.conf.Configuration configuration,
            Map<String, String> keyValueMetaData, MessageType fileSchema, ReadContext readContext) {
        return new NeuronMaterializer(readContext.getRequestedSchema(), signal, labelColumn);
    }
}
