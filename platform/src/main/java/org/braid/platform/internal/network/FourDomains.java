package org.braid.platform.internal.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworkProvider;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Component;

/** The default coding framework: the Four Domains for Rapid School Improvement, 1A..4C (seed 001). */
@Component(service = CodingFrameworkProvider.class)
public class FourDomains implements CodingFrameworkProvider {
    private final CodingFramework framework = load("/frameworks/four-domains.json");

    /** Reads a framework file; the citation's extra fields are kept in the file, not the API type. */
    static CodingFramework load(String resource) {
        try (InputStream in = FourDomains.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return BraidJson.mapper().readerFor(CodingFramework.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CodingFramework framework() {
        return framework;
    }
}
