{{- define "remacto-service.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "remacto-service.fullname" . }}
  labels:
    {{- include "remacto-service.labels" . | nindent 4 }}
data:
{{- range $name, $value := include "remacto-service.env" . | fromYaml }}
  {{ $name }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}
