package org.pathwise.pcep.codec;

import org.pathwise.pcep.tlv.Tlv;

/** The registration data every TLV codec has. */
public abstract class BaseTlvCodec<T extends Tlv> implements TlvCodec<T> {
    private final Class<T> modelType;
    private final String name;
    private final int type;

    protected BaseTlvCodec(Class<T> modelType, String name, int type) {
        this.modelType = modelType;
        this.name = name;
        this.type = type;
    }

    @Override
    public Class<T> modelType() {
        return modelType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int type() {
        return type;
    }
}
