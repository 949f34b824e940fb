package org.tawasul.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.cases.sla.WorkingCalendar;

/** Builds the working calendar and the officer directory (validated at start-up) from the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SlaSettings.class, OfficerSettings.class})
class CaseConfiguration {

    @Bean
    WorkingCalendar workingCalendar(SlaSettings settings) {
        return new WorkingCalendar(settings.holidayRules());
    }

    @Bean
    OfficerDirectory officerDirectory(OfficerSettings settings) {
        return OfficerDirectory.load(settings.file());
    }
}
