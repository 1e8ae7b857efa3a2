/** Export and import of an organization's subtree, and what a fresh data directory gets on its first start; not exported. */
package org.braid.platform.internal.transfer;
