package org.pathwise.pcep.codec;

import org.pathwise.pcep.subobject.Subobject;

/** The registration data every sub-object codec has. */
public abstract class BaseSubobjectCodec<T extends Subobject> implements SubobjectCodec<T> {
    private final Class<T> modelType;
    private final String name;
    private final int[] types;

    protected BaseSubobjectCodec(Class<T> modelType, String name, int... types) {
        this.modelType = modelType;
        this.name = name;
        this.types = types;
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
    public int[] types() {
        return types.clone();
    }

    @Override
    public int type(T subobject) {
        return types[0];
    }
}
