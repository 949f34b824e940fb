package org.tawasul.lease;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code tawasul.node}.
 *
 * @param id this node's name in the lease table; blank: the host name and the application's folder
 *           (see {@link NodeIdentity}). Give each node of a deployment its own.
 */
@ConfigurationProperties("tawasul.node")
record NodeSettings(String id) {
}
