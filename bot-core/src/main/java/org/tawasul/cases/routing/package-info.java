/**
 * Who answers a case: the contact officers (one per member category and per field of work, each with a
 * deputy) and the committees, declared in a YAML file validated at start-up.
 */
package org.tawasul.cases.routing;
