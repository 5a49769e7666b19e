package org.pathwise.pcep.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.MessageCodec;
import org.pathwise.pcep.codec.ObjectCodec;
import org.pathwise.pcep.codec.SubobjectCodec;
import org.pathwise.pcep.codec.TlvCodec;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.UnknownObject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnknownSubobject;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.tlv.UnknownTlv;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.IpAddress;

/**
 * The JSON form of PCEP messages, derived from the model itself: every record component becomes a
 * field of the same name, so a field added to a record appears in the JSON without touching this
 * class. Messages, objects, TLVs and sub-objects are tagged with their IANA name and codepoints
 * from the codec registry; {@link ObjectFlags} become {@code "p"}/{@code "i"}; byte strings are
 * hex; addresses are text. {@link #fromJson} reverses it exactly, so decode → JSON → encode gives
 * back the same bytes. Reflection keeps this off the hot path: it serves the CLI and tests.
 */
public final class PcepJson {
    private final CodecRegistry registry;
    private final ObjectMapper mapper = new ObjectMapper();

    public PcepJson(PcepCodec codec) {
        this.registry = codec.registry();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    // ---- model → JSON --------------------------------------------------------------------------

    public ObjectNode toJson(Message message) {
        MessageCodec<?> codec = registry.messageCodec(message);
        ObjectNode node = mapper.createObjectNode();
        node.put("message", codec.name());
        node.put("messageType", codec.messageType());
        components((Record) message, node);
        return node;
    }

    public ObjectNode toJson(DecodeError error) {
        ObjectNode node = mapper.createObjectNode();
        MessageCodec<?> codec = error.messageType() > 0 ? registry.messageCodec(error.messageType()) : null;
        if (codec != null) {
            node.put("message", codec.name());
        }
        node.put("messageType", error.messageType());
        ObjectNode e = node.putObject("error");
        e.put("kind", error.kind().name());
        e.put("errorType", error.errorType());
        e.put("errorValue", error.errorValue());
        if (error.errorType() != 0) {
            e.put("description", error.code().description());
        }
        e.put("offset", error.offset());
        e.put("detail", error.detail());
        e.put("closeSession", error.closeSession());
        error.request().ifPresent(rp -> e.put("requestId", rp.requestId()));
        error.stateRequest().ifPresent(srp -> e.put("srpId", srp.srpId()));
        return node;
    }

    private void components(Record r, ObjectNode node) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof ObjectFlags f) {
                node.put("p", f.processingRule());
                node.put("i", f.ignore());
            } else {
                node.set(c.getName(), value(value));
            }
        }
    }

    private JsonNode value(Object v) {
        return switch (v) {
            case null -> mapper.nullNode();
            case Boolean b -> mapper.getNodeFactory().booleanNode(b);
            case Integer i -> mapper.getNodeFactory().numberNode(i);
            case Long l -> mapper.getNodeFactory().numberNode(l);
            case Float f -> Float.isFinite(f) ? mapper.getNodeFactory().numberNode(f) : mapper.getNodeFactory().textNode(f.toString());
            case Bytes b -> mapper.getNodeFactory().textNode(b.hex());
            case IpAddress a -> mapper.getNodeFactory().textNode(a.toString());
            case Enum<?> e -> mapper.getNodeFactory().textNode(e.name());
            case List<?> list -> {
                ArrayNode a = mapper.createArrayNode();
                list.forEach(x -> a.add(value(x)));
                yield a;
            }
            case PcepObject o -> object(o);
            case Tlv t -> tlv(t);
            case Subobject s -> subobject(s);
            case Nai n -> {
                ObjectNode node = mapper.createObjectNode();
                node.put("nai", n.getClass().getSimpleName());
                components((Record) n, node);
                yield node;
            }
            case Record r -> {
                ObjectNode node = mapper.createObjectNode();
                components(r, node);
                yield node;
            }
            default -> throw new IllegalArgumentException("no JSON form for " + v.getClass());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ObjectNode object(PcepObject o) {
        ObjectNode node = mapper.createObjectNode();
        if (o instanceof UnknownObject u) {
            node.put("object", "unknown");
            node.put("class", u.objectClass());
            node.put("type", u.objectType());
        } else {
            ObjectCodec codec = registry.objectCodec(o);
            node.put("object", codec.name());
            node.put("class", codec.objectClass());
            node.put("type", codec.objectType(o));
        }
        components((Record) o, node);
        return node;
    }

    private ObjectNode tlv(Tlv t) {
        ObjectNode node = mapper.createObjectNode();
        if (t instanceof UnknownTlv) {
            node.put("tlv", "unknown");
        } else {
            TlvCodec<?> codec = registry.tlvCodec(t);
            node.put("tlv", codec.name());
            node.put("type", codec.type());
        }
        components((Record) t, node);
        return node;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ObjectNode subobject(Subobject s) {
        ObjectNode node = mapper.createObjectNode();
        if (s instanceof UnknownSubobject) {
            node.put("subobject", "unknown");
        } else {
            SubobjectCodec codec = registry.subobjectCodec(s);
            node.put("subobject", codec.name());
            node.put("type", codec.type(s));
        }
        components((Record) s, node);
        return node;
    }

    // ---- JSON → model --------------------------------------------------------------------------

    /**
     * Builds a message from its JSON form. Throws {@link IllegalArgumentException} naming the JSON
     * path of what is missing or wrong.
     */
    public Message fromJson(JsonNode node) {
        String name = text(node, "message", "$");
        for (int type = 0; type < 256; type++) {
            MessageCodec<?> codec = registry.messageCodec(type);
            if (codec != null && codec.name().equalsIgnoreCase(name)) {
                return (Message) record(codec.modelType(), node, "$");
            }
        }
        throw new IllegalArgumentException("$.message: unknown message name '" + name + "'");
    }

    private Object record(Class<?> type, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object for " + type.getSimpleName());
        }
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            if (types[i] == ObjectFlags.class) {
                args[i] = ObjectFlags.of(node.path("p").asBoolean(false), node.path("i").asBoolean(false));
                continue;
            }
            JsonNode field = node.get(cs[i].getName());
            String fieldPath = path + "." + cs[i].getName();
            if (field == null) {
                throw new IllegalArgumentException(fieldPath + ": missing (" + type.getSimpleName() + " needs it)");
            }
            args[i] = convert(cs[i].getGenericType(), field, fieldPath);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalArgumentException(path + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object convert(Type generic, JsonNode v, String path) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (v.isNull()) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException(path + ": must not be null");
            }
            return null;
        }
        try {
            if (raw == boolean.class || raw == Boolean.class) {
                return v.booleanValue();
            } else if (raw == int.class || raw == Integer.class) {
                return Math.toIntExact(v.longValue());
            } else if (raw == long.class || raw == Long.class) {
                return v.longValue();
            } else if (raw == float.class || raw == Float.class) {
                return v.isTextual() ? Float.parseFloat(v.textValue()) : v.floatValue();
            } else if (raw == Bytes.class) {
                return Bytes.fromHex(v.textValue());
            } else if (IpAddress.class.isAssignableFrom(raw)) {
                IpAddress a = IpAddress.parse(v.textValue());
                if (!raw.isInstance(a)) {
                    throw new IllegalArgumentException("expected " + raw.getSimpleName() + ", got '" + v.textValue() + "'");
                }
                return a;
            } else if (raw.isEnum()) {
                return enumValue(raw, v.textValue());
            } else if (raw == List.class) {
                Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
                List<Object> out = new java.util.ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    out.add(convert(element, v.get(i), path + "[" + i + "]"));
                }
                return out;
            } else if (raw == PcepObject.class || PcepObject.class.isAssignableFrom(raw)) {
                return objectFromJson(v, path);
            } else if (raw == Tlv.class || Tlv.class.isAssignableFrom(raw)) {
                return tlvFromJson(v, path);
            } else if (raw == Subobject.class || Subobject.class.isAssignableFrom(raw)) {
                return subobjectFromJson(v, path);
            } else if (raw == Nai.class) {
                return naiFromJson(v, path);
            } else if (raw.isRecord()) {
                return record(raw, v, path);
            }
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("$")) {
                throw e;
            }
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(path + ": no JSON mapping for " + raw.getSimpleName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private Object objectFromJson(JsonNode v, String path) {
        int cls = number(v, "class", path);
        int type = number(v, "type", path);
        if ("unknown".equals(v.path("object").asText())) {
            return new UnknownObject(ObjectFlags.of(v.path("p").asBoolean(), v.path("i").asBoolean()), cls, type,
                    Bytes.fromHex(text(v, "body", path)));
        }
        ObjectCodec<?> codec = registry.objectCodec(cls, type);
        if (codec == null) {
            throw new IllegalArgumentException(path + ": no object of class " + cls + " type " + type);
        }
        return record(codec.modelType(), v, path);
    }

    private Object tlvFromJson(JsonNode v, String path) {
        int type = number(v, "type", path);
        if ("unknown".equals(v.path("tlv").asText())) {
            return new UnknownTlv(type, Bytes.fromHex(text(v, "value", path)));
        }
        TlvCodec<?> codec = registry.tlvCodec(type);
        if (codec == null) {
            throw new IllegalArgumentException(path + ": no TLV of type " + type);
        }
        return record(codec.modelType(), v, path);
    }

    private Object subobjectFromJson(JsonNode v, String path) {
        int type = number(v, "type", path);
        if ("unknown".equals(v.path("subobject").asText())) {
            return record(UnknownSubobject.class, v, path);
        }
        SubobjectCodec<?> codec = registry.subobjectCodec(type);
        if (codec == null) {
            throw new IllegalArgumentException(path + ": no sub-object of type " + type);
        }
        return record(codec.modelType(), v, path);
    }

    private Object naiFromJson(JsonNode v, String path) {
        String name = text(v, "nai", path);
        for (Class<?> c : Nai.class.getPermittedSubclasses()) {
            if (c.getSimpleName().equals(name)) {
                return record(c, v, path);
            }
        }
        throw new IllegalArgumentException(path + ".nai: unknown NAI kind '" + name + "'");
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + ": missing text field");
        }
        return v.textValue();
    }

    private static int number(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException(path + "." + field + ": missing number");
        }
        return v.intValue();
    }
}
