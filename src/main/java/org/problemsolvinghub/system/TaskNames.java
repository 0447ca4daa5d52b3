package org.problemsolvinghub.system;


import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Task names that say what to do and for which case, with diagrams that stay readable. Camunda takes a user
 * task's name from its BPMN {@code name}, which is also the label Cockpit and Tasklist draw in the diagram,
 * so an expression there ({@code Triage ${execution.processBusinessKey}: ${title}}) shows in the diagram as
 * written. A user task with a {@code camunda:property name="taskName"} is named from that expression instead;
 * its BPMN name ("Triage the problem") only labels the diagram.
 */
@Component
class TaskNames extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "taskName";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (element, scope, activity) -> {
            String name = property(element, PROPERTY);
            if (name != null && !name.isBlank()) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().setNameExpression(
                        Context.getProcessEngineConfiguration().getExpressionManager().createExpression(name));
            }
        });
    }

    private static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> name.equals(p.attribute("name"))).map(p -> p.attribute("value")).findFirst().orElse(null);
    }
}
