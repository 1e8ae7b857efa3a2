/** The operator's {@code braid:*} commands in the Karaf shell; loaded only when the shell is installed (optional import). */
package org.braid.platform.internal.shell;
