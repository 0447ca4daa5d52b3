package org.problemsolvinghub.system;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Dates a plan, a rotation or a course can carry: from 1900 to 2199. Java reads "+999999999-12-31" as a
 * date, PostgreSQL cannot store it, and the fuzzer's objective with that target date ended in a 500;
 * such a date is refused where it comes in (the API's JSON, a form's date field, a form's JSON list),
 * naming its field.
 */
@Configuration
public class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String MESSAGE = "give a date between " + EARLIEST + " and " + LATEST;

    public static boolean plausible(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** A Module bean: Spring Boot adds it to the API's ObjectMapper after Java time's own. */
    @Bean
    Module refuseImplausibleDates() {
        return module();
    }

    /** The LocalDate reader that refuses dates outside the range, for any ObjectMapper. */
    public static Module module() {
        SimpleModule module = new SimpleModule("plausible-dates");
        // A wrapper, not a subclass: Java time's reader replaces itself with a plain copy per property.
        module.addDeserializer(LocalDate.class, new StdDeserializer<LocalDate>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
                if (!plausible(date)) {
                    throw context.weirdStringException(String.valueOf(date), LocalDate.class, MESSAGE);
                }
                return date;
            }
        });
        return module;
    }
}
