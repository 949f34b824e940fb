package org.tawasul.surveys;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.dialogs.SurveyPort;

/** The survey settings, as the dialogs take them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {

    @Bean
    SurveyPort.Settings surveyPortSettings(SurveySettings settings) {
        return new SurveyPort.Settings(settings.lowScore());
    }
}
