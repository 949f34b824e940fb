/**
 * Cases: enquiries, service requests and complaints with a reference, an SLA deadline, an assignee and a
 * lifecycle owned by the {@link org.tawasul.cases.Case} aggregate; opened through
 * {@link org.tawasul.cases.CaseService}.
 */
package org.tawasul.cases;
