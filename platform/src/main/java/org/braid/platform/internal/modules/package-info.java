/** The module registry: which modules are installed, and turning them on and off while Braid runs; not exported. */
package org.braid.platform.internal.modules;
