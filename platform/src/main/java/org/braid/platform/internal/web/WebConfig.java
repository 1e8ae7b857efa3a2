package org.braid.platform.internal.web;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid web", description = "How Braid's REST API sees its clients.")
@interface WebConfig {
    @AttributeDefinition(description = "Addresses of the reverse proxies in front of Braid (e.g. nginx terminating TLS), separated "
            + "by commas. Only from these are X-Forwarded-Proto (the session cookie gets Secure) and X-Forwarded-For (the client's "
            + "address, for throttling and the log) believed. Empty: no proxy is trusted.")
    String trustedProxies() default "";
}
