package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpStatus;

/**
 * Issue #8: Camunda's REST resources find the engine through a {@code ServiceLoader} as each is made; the services
 * file is looked for on the class path once, then answered from memory ({@link ServiceFilesRemembered}).
 */
class ServiceFilesRememberedTest extends HubTest {

    private static final String PROVIDER = "META-INF/services/" + ProcessEngineProvider.class.getName();

    @Test
    void engineRestRequestsFindTheEngineWithoutSearchingTheClassPath() {
        get(); // the first may search
        long searched = ServiceFilesRemembered.RememberingLoader.searched.sum();
        long remembered = ServiceFilesRemembered.RememberingLoader.remembered.sum();
        for (int i = 0; i < 5; i++) {
            get();
        }
        assertThat(ServiceFilesRemembered.RememberingLoader.remembered.sum() - remembered)
                .as("at least one look-up a request answered from memory").isGreaterThanOrEqualTo(5);
        assertThat(ServiceFilesRemembered.RememberingLoader.searched.sum()).as("no search again").isEqualTo(searched);
    }

    private void get() {
        assertThat(as("ljones").getForEntity("/engine-rest/filter?resourceType=Task&maxResults=50", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static List<String> contents(Enumeration<URL> files) throws IOException {
        List<String> contents = new ArrayList<>();
        for (URL file : Collections.list(files)) {
            try (InputStream in = file.openStream()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    @Test
    void theLoaderAnswersAsTheOneItWraps() throws Exception {
        ClassLoader app = getClass().getClassLoader();
        ServiceFilesRemembered.RememberingLoader loader = new ServiceFilesRemembered.RememberingLoader(app);
        List<String> expected = contents(app.getResources(PROVIDER));
        assertThat(expected).as("the REST starter's provider is on the class path").isNotEmpty();
        long searched = ServiceFilesRemembered.RememberingLoader.searched.sum();
        assertThat(contents(loader.getResources(PROVIDER))).isEqualTo(expected);
        assertThat(contents(loader.getResources(PROVIDER))).as("from memory").isEqualTo(expected);
        assertThat(ServiceFilesRemembered.RememberingLoader.searched.sum()).as("searched once").isEqualTo(searched + 1);
        assertThat(ServiceLoader.load(ProcessEngineProvider.class, loader).findFirst()).as("a ServiceLoader reads it")
                .get().isInstanceOf(ServiceLoader.load(ProcessEngineProvider.class, app).findFirst().orElseThrow().getClass());
        assertThat(Collections.list(loader.getResources("META-INF/services/no.such.Service"))).isEmpty();
        assertThat(Collections.list(loader.getResources("application.yml")))
                .isEqualTo(Collections.list(app.getResources("application.yml")));
        assertThat(loader.loadClass(ServiceFilesRememberedTest.class.getName())).as("no class of its own")
                .isSameAs(ServiceFilesRememberedTest.class);
    }
}
