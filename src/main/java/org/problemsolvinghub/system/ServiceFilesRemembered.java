package org.problemsolvinghub.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Camunda's REST resources find the process engine through a {@code ServiceLoader} as each is made, two or three
 * times a request ({@code EngineUtil.lookupProcessEngine}), and each look-up asks the context class loader for every
 * {@code META-INF/services} file of that name: a search through every jar the hub is packaged with. Under Tasklist's
 * load that search was a tenth of the request threads' samples (JFR, docs/performance.md).
 * <p>
 * The class path does not change while the hub runs, so for the requests Camunda's REST APIs answer
 * ({@code /engine-rest}, and {@code /camunda/api} that Tasklist and Cockpit call) the context class loader is one
 * that remembers each services file, found and read the first time it is asked (reading it again meant opening
 * its jar: the larger part of what was left). It defines no class and loads every class and other resource
 * through the loader it wraps, which it puts back when the request ends. A thread started during such a request
 * (a connection pool's, say) inherits it, and is served the same way.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFilesRemembered {

    private static final String SERVICES = "META-INF/services/";

    @Bean
    FilterRegistrationBean<Filter> serviceFilesRememberedFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RememberingFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class RememberingFilter implements Filter {

        private volatile RememberingLoader loader;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            if (before == null || before instanceof RememberingLoader) {
                chain.doFilter(request, response);
                return;
            }
            RememberingLoader remembering = loader;
            if (remembering == null || remembering.getParent() != before) {
                remembering = new RememberingLoader(before); // the web application's loader: the same for every request
                loader = remembering;
            }
            thread.setContextClassLoader(remembering);
            try {
                chain.doFilter(request, response);
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    /** Answers {@code META-INF/services} files from memory; everything else from the loader it wraps. */
    static final class RememberingLoader extends ClassLoader {

        static {
            registerAsParallelCapable(); // request threads load through it at once: no lock on the loader itself
        }

        static final LongAdder searched = new LongAdder();
        static final LongAdder remembered = new LongAdder();

        private final ConcurrentMap<String, List<URL>> services = new ConcurrentHashMap<>();

        RememberingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICES)) {
                return super.getResources(name);
            }
            List<URL> found = services.get(name);
            if (found == null) {
                searched.increment();
                List<URL> read = new ArrayList<>();
                for (URL file : Collections.list(getParent().getResources(name))) {
                    read.add(inMemory(file)); // a file that cannot be read fails the look-up as before, and is not kept
                }
                found = List.copyOf(read);
                services.putIfAbsent(name, found);
            } else {
                remembered.increment();
            }
            return Collections.enumeration(found);
        }

        /** The file's content, kept, behind a URL that opens it from memory (its address the original's). */
        private static URL inMemory(URL file) throws IOException {
            byte[] content;
            try (InputStream in = file.openStream()) {
                content = in.readAllBytes();
            }
            URLStreamHandler handler = new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            };
            // no host: nothing to resolve should anyone compare it with another URL
            return new URL("remembered", "", -1, file.toExternalForm(), handler);
        }
    }
}
