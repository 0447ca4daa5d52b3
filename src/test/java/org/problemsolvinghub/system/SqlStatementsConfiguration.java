package org.problemsolvinghub.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SqlStatements#HUB} around the test hub's data source, so a test can count what a request
 * costs in SQL (pmp.CompletionStatementBudgetTest) and the benchmark can count per completion (P3). It
 * counts nothing until a test starts it.
 */
@Component
class SqlStatementsConfiguration implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? SqlStatements.HUB.wrap(dataSource) : bean;
    }
}
