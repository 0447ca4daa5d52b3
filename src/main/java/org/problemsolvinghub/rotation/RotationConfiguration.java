package org.problemsolvinghub.rotation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RotationProperties.class)
class RotationConfiguration {
}
