/** Flow definitions declared in YAML files: loading, start-up validation and the registry the engine reads. */
package org.tawasul.conversations.flow;
