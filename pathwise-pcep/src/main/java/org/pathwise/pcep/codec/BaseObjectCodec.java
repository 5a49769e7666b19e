package org.pathwise.pcep.codec;

import org.pathwise.pcep.object.PcepObject;

/** The registration data every object codec has; subclasses add parse and writeBody. */
public abstract class BaseObjectCodec<T extends PcepObject> implements ObjectCodec<T> {
    private final Class<T> modelType;
    private final String name;
    private final int objectClass;
    private final int[] objectTypes;

    protected BaseObjectCodec(Class<T> modelType, String name, int objectClass, int... objectTypes) {
        this.modelType = modelType;
        this.name = name;
        this.objectClass = objectClass;
        this.objectTypes = objectTypes;
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
    public int objectClass() {
        return objectClass;
    }

    @Override
    public int[] objectTypes() {
        return objectTypes.clone();
    }

    /** The single registered type; codecs of multi-type records override this. */
    @Override
    public int objectType(T object) {
        return objectTypes[0];
    }
}
