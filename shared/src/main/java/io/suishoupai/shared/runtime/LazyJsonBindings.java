package io.suishoupai.shared.runtime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Funqy makes a reader and a writer for every function's types at start; with eager fetching Jackson builds each
 * type's (de)serializers there and then, so a function started for one call paid for all of them before answering
 * (about 0.1 s of report-intake's start here, more in the all-in-one app). Fetched lazily, a call's types are
 * built by the first call that uses them and kept in the mapper's caches for every call after.
 */
@Singleton
public class LazyJsonBindings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.EAGER_DESERIALIZER_FETCH);
        mapper.disable(SerializationFeature.EAGER_SERIALIZER_FETCH);
    }
}
