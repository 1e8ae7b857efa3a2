package com.example.hello;

import org.braid.core.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Tells Braid the module is on: it appears on the Modules screen and in GET /api/modules while this service is registered. */
@Component(service = ModuleDescriptor.class)
public class HelloModule implements ModuleDescriptor {
    static final String ID = "hello";
    private final String version;

    @Activate
    public HelloModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Hello";
    }

    @Override
    public String version() {
        return version;
    }
}
