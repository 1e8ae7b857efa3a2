/** The web application's shell, its pages and the security headers of everything served; not exported. */
package org.braid.platform.internal.ui;
